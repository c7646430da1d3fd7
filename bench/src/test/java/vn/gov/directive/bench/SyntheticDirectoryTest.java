package vn.gov.directive.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class SyntheticDirectoryTest {

    static JsonNode seed() throws IOException {
        return Api.JSON.readTree(Path.of("..", "deploy", "seed", "units-quang-ninh-2024.json").toFile());
    }

    @Test
    void eachGroupHasExactlyItsSizeInMembersOneOfThemReal() throws IOException {
        JsonNode seed = seed();
        ObjectNode file = new SyntheticDirectory("A1B2C3", "UBND-HALONG").build(seed, List.of(1000, 10000));

        assertThat(SyntheticDirectory.membersOf(file, "BENCH_1000")).hasSize(1000).contains("UBND-HALONG");
        assertThat(SyntheticDirectory.membersOf(file, "BENCH_10000")).hasSize(10000).contains("UBND-HALONG");
        assertThat(file.get("groups").findValuesAsText("code")).contains("BENCH_1000", "BENCH_10000", "PROVINCIAL_AGENCIES");
        assertThat(file.get("units").findValuesAsText("code")).contains(SyntheticDirectory.ISSUER);
        // the seed's units stay, with their own groups too
        assertThat(SyntheticDirectory.membersOf(file, "DISTRICT_PCS")).containsExactlyElementsOf(SyntheticDirectory.membersOf(seed, "DISTRICT_PCS"));
    }

    @Test
    void codesAreValidAndDistinctAndAddressesCarryTheRunAndTheSize() throws IOException {
        SyntheticDirectory synthetic = new SyntheticDirectory("A1B2C3", "UBND-HALONG");
        ObjectNode file = synthetic.build(seed(), List.of(1000, 10000));
        List<String> codes = file.get("units").findValuesAsText("code");
        Set<String> distinct = new HashSet<>(codes);
        assertThat(distinct).hasSameSizeAs(codes);
        assertThat(codes).allMatch(c -> c.matches("^[A-Z0-9][A-Z0-9_-]*$"));

        List<String> syntheticAddresses = new ArrayList<>();
        file.get("units").forEach(u -> {
            if (u.path("kind").asText().equals("BENCHMARK") && !u.get("code").asText().equals(SyntheticDirectory.ISSUER)) {
                syntheticAddresses.add(u.get("email").asText());
            }
        });
        assertThat(syntheticAddresses).hasSize(999 + 9999).allMatch(a -> a.endsWith("@ra1b2c3.bench.example"));
        assertThat(syntheticAddresses.stream().filter(a -> a.startsWith(SyntheticDirectory.addressPrefix(1000)))).hasSize(999);
        assertThat(syntheticAddresses.stream().filter(a -> a.startsWith(SyntheticDirectory.addressPrefix(10000)))).hasSize(9999);
    }

    @Test
    void theSeedTreeIsLeftAsItWas() throws IOException {
        JsonNode seed = seed();
        String before = seed.toString();
        new SyntheticDirectory("A1B2C3", "UBND-HALONG").build(seed, List.of(100));
        assertThat(seed.toString()).isEqualTo(before);
    }

    @Test
    void unitCodesArePaddedToTheSize() {
        assertThat(SyntheticDirectory.unitCode(1000, 7)).isEqualTo("B1000-007");
        assertThat(SyntheticDirectory.unitCode(10000, 9999)).isEqualTo("B10000-9999");
    }
}

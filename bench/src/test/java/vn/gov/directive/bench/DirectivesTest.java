package vn.gov.directive.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class DirectivesTest {

    private static Directives directives() throws IOException {
        return new Directives(Api.JSON.readTree(Path.of("..", "deploy", "seed", "directive-STTTT-2024-04.json").toFile()), "A1B2C3");
    }

    @Test
    void aFanOutGoesToItsGroupFromTheBenchIssuerWithAFutureDeadlineAndNoReminders() throws IOException {
        ObjectNode directive = directives().fanOut(10000);
        assertThat(directive.get("issuer").asText()).isEqualTo(SyntheticDirectory.ISSUER);
        assertThat(directive.get("recipients")).hasSize(1);
        assertThat(directive.get("recipients").get(0).get("group").asText()).isEqualTo("BENCH_10000");
        assertThat(directive.get("tasks")).isEmpty();
        assertThat(Instant.parse(directive.get("deadline").asText())).isAfter(Instant.now());
        assertThat(directive.get("reminderPolicy").get("before")).isEmpty();
        assertThat(directive.get("reminderPolicy").get("maxOverdue").asInt()).isZero();
    }

    @Test
    void everyDirectiveHasItsOwnExternalRef() throws IOException {
        Directives directives = directives();
        List<String> refs = List.of(directives.fanOut(1000), directives.fanOut(10000), directives.rush(1), directives.rush(2))
                .stream().map(d -> d.get("externalRef").asText()).toList();
        assertThat(refs).doesNotHaveDuplicates().allMatch(r -> r.contains("A1B2C3"));
    }

    @Test
    void rushReportFieldsFollowTheSeedTasks() throws IOException {
        JsonNode seedDirectory = SyntheticDirectoryTest.seed();
        Map<String, List<String>> fields = directives().reportFieldsByUnit(seedDirectory);
        assertThat(fields.get("UBND-HALONG")).containsExactly("sessions", "people_reached");
        assertThat(fields.get("TTTT-TINH")).containsExactly("articles");
        assertThat(fields).doesNotContainKey("SNV");
        assertThat(fields.keySet()).hasSize(13 + 1);
    }
}

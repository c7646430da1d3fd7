package vn.gov.directive.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The directory the run imports: the seed directory as it is, plus for each fan-out size N a
 * group BENCH_N of N units (N - 1 synthetic units and one real unit of the seed, whose officer
 * can log in and read an inbox that holds the N-unit directive), plus the issuing unit BENCH.
 * Synthetic addresses carry the run's id in their domain, so the mail server's list of addresses
 * tells this run's notices apart from any earlier ones. Re-importing the seed file retires all of it.
 */
final class SyntheticDirectory {

    static final String ISSUER = "BENCH";

    private final String runId;
    private final String realMember;

    SyntheticDirectory(String runId, String realMember) {
        this.runId = runId.toLowerCase(Locale.ROOT);
        this.realMember = realMember;
    }

    static String group(int size) {
        return "BENCH_" + size;
    }

    /** The mail domain of this run's synthetic units. */
    String mailDomain() {
        return "r" + runId + ".bench.example";
    }

    /** Addresses of the synthetic members of BENCH_size start with this (lower case). */
    static String addressPrefix(int size) {
        return "b" + size + "-";
    }

    static String unitCode(int size, int index) {
        return String.format(Locale.ROOT, "B%d-%0" + digits(size) + "d", size, index);
    }

    /** @return the seed file's tree with the synthetic groups and units added */
    ObjectNode build(JsonNode seed, List<Integer> sizes) {
        ObjectNode file = seed.deepCopy();
        file.put("note", "Seed directory plus synthetic units of benchmark run " + runId + " (deploy/local/platform bench)");
        ArrayNode groups = (ArrayNode) file.get("groups");
        ArrayNode units = (ArrayNode) file.get("units");
        ObjectNode real = findUnit(units, realMember);
        for (int size : sizes) {
            groups.addObject().put("code", group(size)).put("name", "Thử tải: nhóm " + size + " đơn vị");
            ((ArrayNode) real.withArray("groups")).add(group(size));
            for (int i = 1; i < size; i++) {
                ObjectNode unit = units.addObject();
                String code = unitCode(size, i);
                unit.put("code", code);
                unit.put("name", "Đơn vị thử tải " + code);
                unit.put("kind", "BENCHMARK");
                unit.putArray("groups").add(group(size));
                unit.put("email", code.toLowerCase(Locale.ROOT) + "@" + mailDomain());
            }
        }
        ObjectNode issuer = units.addObject();
        issuer.put("code", ISSUER);
        issuer.put("name", "Đơn vị phát hành thử tải");
        issuer.put("kind", "BENCHMARK");
        issuer.putArray("groups");
        issuer.put("email", "issuer@" + mailDomain());
        return file;
    }

    /** The seed's unit codes in each seed group (for the report fields of the rush's tasks). */
    static List<String> membersOf(JsonNode directory, String group) {
        List<String> members = new ArrayList<>();
        directory.get("units").forEach(u -> u.path("groups").forEach(g -> {
            if (g.asText().equals(group)) {
                members.add(u.get("code").asText());
            }
        }));
        return members;
    }

    private static ObjectNode findUnit(ArrayNode units, String code) {
        for (JsonNode unit : units) {
            if (unit.get("code").asText().equals(code)) {
                return (ObjectNode) unit;
            }
        }
        throw new IllegalArgumentException("the seed directory has no unit " + code);
    }

    private static int digits(int size) {
        return String.valueOf(size - 1).length();
    }
}

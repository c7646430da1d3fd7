package vn.gov.directive.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The directives the run issues, all in the name of the synthetic issuer BENCH (so the seed
 * issuers' number registers stay as they were), each with a fresh externalRef and a deadline in
 * the future, and no reminders: the run leaves nothing scheduled behind.
 */
final class Directives {

    private final JsonNode seedDirective;
    private final String runId;

    Directives(JsonNode seedDirective, String runId) {
        this.seedDirective = seedDirective;
        this.runId = runId;
    }

    /** One directive to the N units of BENCH_N: the seed's letter, sent to the synthetic group. */
    ObjectNode fanOut(int size) {
        ObjectNode directive = base("fanout-" + size, Duration.ofDays(365));
        directive.put("subject", "V/v thử tải phân phối văn bản đến " + size + " đơn vị (lần đo " + runId + ")");
        directive.putArray("recipients").addObject().put("group", SyntheticDirectory.group(size)).put("role", "ACTION");
        directive.putArray("tasks");
        return directive;
    }

    /** The seed directive itself (recipients, tasks and report fields) for the acknowledgment rush. */
    ObjectNode rush(int index) {
        return base("rush-" + index, Duration.ofDays(30));
    }

    /**
     * The report fields each unit must fill in a rush directive: those of the tasks assigned to it
     * (directly or through a group of the seed directory).
     */
    Map<String, List<String>> reportFieldsByUnit(JsonNode directory) {
        Map<String, List<String>> fields = new HashMap<>();
        for (JsonNode task : seedDirective.path("tasks")) {
            List<String> keys = task.path("reportFields").findValuesAsText("key");
            if (keys.isEmpty()) {
                continue;
            }
            for (JsonNode assignee : task.path("assignees")) {
                List<String> units = assignee.has("group")
                        ? SyntheticDirectory.membersOf(directory, assignee.get("group").asText())
                        : List.of(assignee.get("unit").asText());
                units.forEach(u -> fields.computeIfAbsent(u, x -> new java.util.ArrayList<>()).addAll(keys));
            }
        }
        return fields;
    }

    private ObjectNode base(String purpose, Duration deadlineIn) {
        ObjectNode directive = seedDirective.deepCopy();
        directive.put("externalRef", "BENCH-" + runId + "-" + purpose);
        directive.put("issuer", SyntheticDirectory.ISSUER);
        directive.put("symbol", "BENCH-TT");
        directive.put("drafter", "TT");
        directive.put("deadline", Instant.now().plus(deadlineIn).truncatedTo(ChronoUnit.SECONDS).toString());
        ObjectNode policy = directive.putObject("reminderPolicy");
        policy.putArray("before");
        policy.put("maxOverdue", 0);
        return directive;
    }
}

package vn.gov.directive.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.gov.directive.common.ports.LocalPorts;

/**
 * Where the stack is and how big the run is. Every value has a default for the local stack
 * (deploy/local/platform); each can be overridden with --name=value on the command line.
 */
record BenchConfig(Path root, String directiveUrl, String distributionUrl, String reportingUrl, String greenmailUrl,
        String tokenUrl, String userPassword, String documentSystemClient, String documentSystemSecret,
        String bootstrapServers, List<Integer> fanOutSizes, String realMember, int rushDirectives, int complianceReads,
        int inboxReads, Duration storedTimeout, Duration visibleTimeout, Duration mailedTimeout, Duration lagTimeout,
        boolean keepMail, Path ceilingOutput, int recordSize, String recordSizeSource, Path results, Path docs) {

    static BenchConfig parse(String... args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("arguments are --name=value, not " + arg);
            }
            given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        Values v = new Values(given);
        Path root = Path.of(v.get("root", ".")).toAbsolutePath().normalize();
        BenchConfig config = new BenchConfig(root,
                v.get("directive-url", LocalPorts.http("directive-service")),
                v.get("distribution-url", LocalPorts.http("distribution-service")),
                v.get("reporting-url", LocalPorts.http("reporting-service")),
                v.get("greenmail-url", LocalPorts.http("greenmail")),
                v.get("token-url", LocalPorts.http("keycloak") + "/realms/directives/protocol/openid-connect/token"),
                v.get("user-password", "demo"),
                v.get("document-system-client", "document-system"),
                v.get("document-system-secret", "document-system-secret"),
                v.get("bootstrap-servers", LocalPorts.address("kafka")),
                Arrays.stream(v.get("fan-out-sizes", "1000,10000").split(",")).map(String::trim).map(Integer::valueOf).toList(),
                v.get("real-member", "UBND-HALONG"),
                Integer.parseInt(v.get("rush-directives", "15")),
                Integer.parseInt(v.get("compliance-reads", "100")),
                Integer.parseInt(v.get("inbox-reads", "300")),
                Duration.ofSeconds(Long.parseLong(v.get("stored-timeout-s", "300"))),
                Duration.ofSeconds(Long.parseLong(v.get("visible-timeout-s", "600"))),
                Duration.ofSeconds(Long.parseLong(v.get("mailed-timeout-s", "1200"))),
                Duration.ofSeconds(Long.parseLong(v.get("lag-timeout-s", "300"))),
                Boolean.parseBoolean(v.get("keep-mail", "false")),
                v.has("ceiling-output") ? Path.of(v.get("ceiling-output", null)) : null,
                Integer.parseInt(v.get("record-size", "0")),
                v.get("record-size-source", "unknown"),
                root.resolve(v.get("results", "target/bench/results.json")),
                root.resolve(v.get("docs", "docs/BENCHMARKS.md")));
        v.rejectUnknown();
        return config;
    }

    Path seedDirectory() {
        return root.resolve("deploy/seed/units-quang-ninh-2024.json");
    }

    Path seedDirective() {
        return root.resolve("deploy/seed/directive-STTTT-2024-04.json");
    }

    Path pidDirectory() {
        return root.resolve(".platform/run");
    }

    /** The sizes in order, the largest last: its figures are the ones the targets speak of. */
    int largestFanOut() {
        return fanOutSizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }

    private static final class Values {
        private final Map<String, String> given;
        private final java.util.Set<String> read = new java.util.HashSet<>();

        Values(Map<String, String> given) {
            this.given = given;
        }

        String get(String name, String fallback) {
            read.add(name);
            return given.getOrDefault(name, fallback);
        }

        boolean has(String name) {
            read.add(name);
            return given.containsKey(name);
        }

        void rejectUnknown() {
            List<String> unknown = given.keySet().stream().filter(k -> !read.contains(k)).sorted().toList();
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("unknown options: " + unknown);
            }
        }
    }
}

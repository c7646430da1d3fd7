package vn.gov.directive.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The platform benchmark against the running local stack, in one run: import a synthetic
 * directory, fan out to each size, the acknowledgment rush, the reads, peak memory throughout;
 * then tear down (the seed directory re-imported retires every synthetic unit) and write
 * target/bench/results.json and docs/BENCHMARKS.md. Kafka's ceiling is measured just before by
 * deploy/local/lib/bench.sh and handed over as --ceiling-output and --record-size.
 * <p>
 * A phase that fails is reported (errors in the JSON and the document, exit status 1) and the
 * phases that do not depend on it still run, so one broken service does not hide the others' figures.
 */
public final class Bench {

    private static final List<String> PROCESSES = List.of("kafka", "keycloak", "greenmail", "directive-service",
            "distribution-service", "reporting-service", "notification-service");

    private final BenchConfig config;
    private final String runId = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(2);
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final List<String> errors = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private Bench(BenchConfig config) {
        this.config = config;
    }

    public static void main(String[] args) throws Exception {
        System.exit(new Bench(BenchConfig.parse(args)).run());
    }

    private int run() throws Exception {
        results.put("run_id", runId);
        results.put("started_at", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        results.put("cores", Runtime.getRuntime().availableProcessors());
        results.put("memory_gb", memoryGb());
        results.put("fanout_sizes", config.fanOutSizes());
        results.put("load_average_at_start", loadAverage());
        readCeiling();

        JsonNode seedDirectory = Api.JSON.readTree(config.seedDirectory().toFile());
        Directives directives = new Directives(Api.JSON.readTree(config.seedDirective().toFile()), runId);
        SyntheticDirectory synthetic = new SyntheticDirectory(runId, config.realMember());
        Api api = new Api(Duration.ofSeconds(120));
        Tokens tokens = new Tokens(api, config);
        Map<Integer, FanOutBench.Result> fanOuts = new LinkedHashMap<>();

        try (ProcessMemory memory = new ProcessMemory(config.pidDirectory(), PROCESSES);
                MailServer mail = new MailServer(api, config.greenmailUrl(), synthetic.mailDomain(), config.keepMail());
                ConsumerLag lag = new ConsumerLag(config.bootstrapServers())) {
            try {
                boolean imported = phase("synthetic directory", () -> importDirectory(api, tokens, lag,
                        synthetic.build(seedDirectory, config.fanOutSizes()), "synthetic directory"));
                if (imported) {
                    FanOutBench fanOut = new FanOutBench(api, tokens, config, directives, mail, emailOf(seedDirectory, config.realMember()));
                    for (int size : config.fanOutSizes()) {
                        phase("fan-out to " + size, () -> fanOuts.put(size, recordFanOut(fanOut.run(size))));
                    }
                    results.put("fanout_ratio", ratio(fanOuts.get(config.largestFanOut())));
                }
                phase("acknowledgment rush", () -> recordRush(new AckRush(api, tokens, config, directives,
                        directives.reportFieldsByUnit(seedDirectory)).run()));
                FanOutBench.Result largest = fanOuts.get(config.largestFanOut());
                if (largest != null) {
                    phase("reads", () -> measureReads(api, tokens, largest));
                } else {
                    errors.add("reads: not measured, there is no " + config.largestFanOut() + "-unit directive");
                }
            } finally {
                phase("teardown", () -> {
                    teardownImport(api, tokens, seedDirectory);
                    int left = mail.deleteRunMailboxes();
                    if (left > 0) {
                        notes.add("teardown deleted " + left + " synthetic mailboxes that were not counted");
                    }
                });
                results.put("rss_mb", memory.peakMb());
                results.put("rss_lifetime_peak_mb", memory.lifetimePeakMb());
                memory.restarted().forEach(name -> notes.add(name + " was restarted during the run (by something else):"
                        + " its peak covers both processes, its lifetime peak only the new one"));
            }
            mail.sampleProblems().forEach(p -> errors.add("mail sample: " + p));
        }
        results.put("finished_at", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        results.put("load_average_at_end", loadAverage());
        noteBusyMachine();
        results.put("targets", verdicts());
        results.put("errors", errors);
        results.put("notes", notes);
        write();
        return errors.isEmpty() ? 0 : 1;
    }

    private interface Step {
        void run() throws Exception;
    }

    private boolean phase(String name, Step step) {
        try {
            step.run();
            return true;
        } catch (Exception | AssertionError e) {
            String message = name + ": " + e.getMessage();
            errors.add(message);
            Progress.warn("%s", message);
            return false;
        }
    }

    private void readCeiling() throws IOException {
        if (config.ceilingOutput() == null) {
            errors.add("ceiling: no ProducerPerformance output given (--ceiling-output)");
            return;
        }
        try {
            Ceiling ceiling = Ceiling.read(config.ceilingOutput(), config.recordSize());
            results.put("ceiling_records_per_s", round(ceiling.recordsPerS(), 0));
            results.put("ceiling_records", ceiling.records());
            results.put("ceiling_mb_per_s", ceiling.mbPerS());
            results.put("ceiling_p50_ms", ceiling.p50Ms());
            results.put("ceiling_p99_ms", ceiling.p99Ms());
        } catch (IllegalArgumentException e) {
            errors.add("ceiling: " + e.getMessage());
        }
        results.put("record_size_bytes", config.recordSize());
        results.put("record_size_source", config.recordSizeSource());
    }

    private void importDirectory(Api api, Tokens tokens, ConsumerLag lag, JsonNode file, String what) throws Exception {
        long before = lag == null ? 0 : lag.totalEnd("directory-events");
        Api.Reply reply = Api.expectOk(api.post(config.distributionUrl() + "/api/v1/directory/import", tokens.operator(), file),
                "importing the " + what);
        JsonNode changes = reply.json();
        Progress.say("imported the %s in %.1f s: %s", what, reply.nanos() / 1e9, changes);
        if (lag != null) {
            long events = changes.path("groupsUpserted").asLong() + changes.path("unitsUpserted").asLong()
                    + changes.path("unitsRetired").asLong();
            List<String> groups = lag.awaitCaughtUp("directory-events", before + events, config.lagTimeout());
            Progress.say("every service's copy of the directory is up to date (%s)", String.join(", ", groups));
        }
    }

    /**
     * The seed directory again, which retires every synthetic unit. Tried for up to three minutes:
     * a run must not leave 11,000 synthetic units in the directory because distribution-service
     * was restarting at that moment.
     */
    private void teardownImport(Api api, Tokens tokens, JsonNode seedDirectory) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            try {
                importDirectory(api, tokens, null, seedDirectory, "seed directory (teardown)");
                return;
            } catch (RuntimeException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(e.getMessage() + "; import deploy/seed/units-quang-ninh-2024.json by hand", e);
                }
                Progress.warn("teardown import failed (%s); trying again in 5 s", e.getMessage());
                Thread.sleep(5000);
            }
        }
    }

    private FanOutBench.Result recordFanOut(FanOutBench.Result r) {
        String p = "fanout_" + r.size() + "_";
        results.put(p + "directive", r.number() + " " + r.directiveId());
        results.put(p + "issue_request_ms", round(r.issueRequestMs(), 1));
        results.put(p + "stored_s", round(r.storedS(), 3));
        results.put(p + "visible_s", round(r.visibleS(), 3));
        results.put(p + "mailed_s", round(r.mailedS(), 3));
        results.put(p + "stored_per_s", round(r.storedPerS(), 0));
        results.put(p + "visible_per_s", round(r.visiblePerS(), 0));
        results.put(p + "mailed_per_s", round(r.mailedPerS(), 0));
        results.put(p + "compliance_poll_answer_ms", r.complianceAnswerMs());
        return r;
    }

    private Object ratio(FanOutBench.Result largest) {
        if (largest == null || !(results.get("ceiling_records_per_s") instanceof Number ceiling)) {
            return null;
        }
        return round(largest.storedPerS() / ceiling.doubleValue(), 4);
    }

    private void recordRush(AckRush.Result r) {
        results.put("ack_directives", r.directives());
        results.put("ack_officers", r.officers());
        results.put("ack_requests", r.requests());
        results.put("ack_errors", r.errors());
        results.put("ack_seconds", round(r.seconds(), 3));
        results.put("ack_per_s", round(r.perSecond(), 0));
        results.put("ack_p50_ms", round(r.p50Ms(), 1));
        results.put("ack_p99_ms", round(r.p99Ms(), 1));
        results.put("ack_acknowledge_p50_ms", round(r.ackP50Ms(), 1));
        results.put("ack_acknowledge_p99_ms", round(r.ackP99Ms(), 1));
        results.put("ack_report_p50_ms", round(r.reportP50Ms(), 1));
        results.put("ack_report_p99_ms", round(r.reportP99Ms(), 1));
        if (r.errors() > 0) {
            errors.add("acknowledgment rush: " + r.errors() + " of " + r.requests() + " requests failed");
        }
    }

    private void measureReads(Api api, Tokens tokens, FanOutBench.Result largest) {
        UUID id = largest.directiveId();
        String inboxUser = config.realMember().toLowerCase();
        results.put("inbox_user", inboxUser);
        ReadBench.Result compliance = ReadBench.measure("compliance of the " + largest.size() + "-unit directive",
                config.complianceReads(), () -> api.get(config.reportingUrl() + "/api/v1/compliance/" + id, tokens.operator()));
        ReadBench.Result inbox = ReadBench.measure("inbox of " + inboxUser, config.inboxReads(),
                () -> api.get(config.distributionUrl() + "/api/v1/inbox?size=50", tokens.user(inboxUser)));
        ReadBench.Result page = ReadBench.measure("deliveries of the " + largest.size() + "-unit directive, page of 50",
                config.inboxReads(), () -> api.get(config.distributionUrl() + "/api/v1/deliveries?size=50&directiveId=" + id,
                        tokens.operator()));
        put("compliance", compliance);
        put("inbox", inbox);
        put("directive_deliveries", page);
    }

    private void put(String prefix, ReadBench.Result r) {
        results.put(prefix + "_reads", r.reads());
        results.put(prefix + "_p50_ms", round(r.p50Ms(), 1));
        results.put(prefix + "_p99_ms", round(r.p99Ms(), 1));
        results.put(prefix + "_mean_ms", round(r.meanMs(), 1));
        if (r.errors() > 0) {
            errors.add(r.what() + ": " + r.errors() + " of " + r.reads() + " reads failed");
        }
    }

    private Map<String, Object> verdicts() {
        Map<String, Object> verdicts = new LinkedHashMap<>();
        for (Target t : Target.ALL) {
            verdicts.put(t.key(), Map.of("target", t.limitText(), "verdict", t.judge(results).name().toLowerCase()));
        }
        if (results.get("rss_mb") instanceof Map<?, ?> rss) {
            Target.SERVICES.forEach(s -> {
                Object mb = rss.get(s);
                String verdict = mb instanceof Number n ? (n.doubleValue() < Target.SERVICE_RSS_MB ? "met" : "missed") : "not_measured";
                verdicts.put("rss_mb." + s, Map.of("target", "< 300", "verdict", verdict));
            });
        }
        return verdicts;
    }

    private void write() throws IOException {
        Files.createDirectories(config.results().getParent());
        Files.writeString(config.results(), Api.JSON.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results));
        String doc = BenchmarksDoc.render(results);
        Files.createDirectories(config.docs().getParent());
        Files.writeString(config.docs(), doc);
        Progress.say("wrote %s and %s", config.root().relativize(config.results()), config.root().relativize(config.docs()));
        Progress.print("");
        Progress.print(doc.substring(doc.indexOf("| Measure"), doc.indexOf("\n\n", doc.indexOf("| Measure"))));
        if (!errors.isEmpty()) {
            Progress.print("");
            errors.forEach(e -> Progress.print("NOT MEASURED / FAILED: " + e));
        }
    }

    private static String emailOf(JsonNode directory, String code) {
        for (JsonNode unit : directory.get("units")) {
            if (unit.get("code").asText().equals(code)) {
                return unit.get("email").asText().toLowerCase();
            }
        }
        throw new IllegalArgumentException("the seed directory has no unit " + code);
    }

    /** The 1-minute load average: above the core count, something else was competing for the CPUs. */
    private static double loadAverage() throws IOException {
        return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }

    private void noteBusyMachine() {
        int cores = (int) results.get("cores");
        double start = (double) results.get("load_average_at_start");
        double end = (double) results.get("load_average_at_end");
        if (Math.max(start, end) > cores) {
            notes.add(String.format(java.util.Locale.ROOT, "the machine was busy with other work: load average %.1f at the start"
                    + " and %.1f at the end, on %d cores; the figures are lower than on a quiet machine", start, end, cores));
        }
    }

    private static double memoryGb() throws IOException {
        long kb = ProcessMemory.field(Path.of("/proc/meminfo"), "MemTotal:").orElse(0);
        return round(kb / 1024.0 / 1024.0, 1);
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}

package vn.gov.directive.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * docs/BENCHMARKS.md: the table of the latest run (figures as measured, the ratio against the
 * ceiling measured in the same run, each target met or missed), followed by how it is measured.
 */
final class BenchmarksDoc {

    private final Map<String, Object> r;
    private final StringBuilder md = new StringBuilder();

    private BenchmarksDoc(Map<String, Object> results) {
        this.r = results;
    }

    static String render(Map<String, Object> results) {
        return new BenchmarksDoc(results).build();
    }

    private String build() {
        md.append("# Benchmarks\n\n");
        md.append("Written by `deploy/local/platform bench` (module `bench/`); the next run rewrites this file. ")
                .append("Raw figures: `target/bench/results.json`.\n\n");
        md.append("## Latest run\n\n");
        md.append(String.format(Locale.ROOT, "Run `%s`, %s, on %s cores and %s GB of memory, every component and service on the same machine.%n%n",
                r.get("run_id"), r.get("started_at"), r.get("cores"), r.get("memory_gb")));
        md.append("| Measure | Measured | Target | Verdict |\n|---|---|---|---|\n");
        row("Kafka ceiling: ProducerPerformance, " + r.get("ceiling_records") + " records of " + r.get("record_size_bytes")
                + " bytes, acks=all", num("ceiling_records_per_s", "%,.0f records/s"), "", "");
        for (Object size : (Iterable<?>) r.get("fanout_sizes")) {
            String p = "fanout_" + size + "_";
            String n = String.format(Locale.ROOT, "%,d", ((Number) size).intValue());
            target(p + "stored_s", "Fan-out to " + n + " units: issue request → all deliveries stored (distribution-service)",
                    num(p + "stored_s", "%.2f s") + " (" + num(p + "stored_per_s", "%,.0f deliveries/s") + ")");
            target(p + "visible_s", "Fan-out to " + n + " units: → all visible in compliance (reporting-service)",
                    num(p + "visible_s", "%.2f s") + " (" + num(p + "visible_per_s", "%,.0f/s") + ")");
            row("Fan-out to " + n + " units: → all notices accepted by the SMTP server (notification-service)",
                    num(p + "mailed_s", "%.2f s") + " (" + num(p + "mailed_per_s", "%,.0f/s") + ")", "", "");
        }
        target("fanout_ratio", "Fan-out 10,000 deliveries/s (to stored) over the ceiling's records/s",
                r.get("fanout_ratio") instanceof Number v ? String.format(Locale.ROOT, "%.1f %%", v.doubleValue() * 100) : "not measured");
        target("ack_per_s", "Acknowledgment rush: " + r.get("ack_requests") + " requests by " + r.get("ack_officers")
                + " officers at once", num("ack_per_s", "%,.0f requests/s"));
        row("Acknowledgment rush p50", num("ack_p50_ms", "%.1f ms"), "", "");
        target("ack_p99_ms", "Acknowledgment rush p99", num("ack_p99_ms", "%.1f ms"));
        row("Compliance of the 10,000-unit directive, p50", num("compliance_p50_ms", "%.1f ms"), "", "");
        target("compliance_p99_ms", "Compliance of the 10,000-unit directive, p99", num("compliance_p99_ms", "%.1f ms"));
        row("Inbox of a unit that received the 10,000-unit directive (" + r.get("inbox_user") + "), p50 / p99",
                num("inbox_p50_ms", "%.1f ms") + " / " + num("inbox_p99_ms", "%.1f ms"), "", "");
        row("Deliveries of the 10,000-unit directive, one page of 50 (issuer's list), p50 / p99",
                num("directive_deliveries_p50_ms", "%.1f ms") + " / " + num("directive_deliveries_p99_ms", "%.1f ms"), "", "");
        if (r.get("rss_mb") instanceof Map<?, ?> rss) {
            rss.forEach((name, mb) -> {
                boolean service = Target.SERVICES.contains(name);
                String verdict = !service ? "" : ((Number) mb).doubleValue() < Target.SERVICE_RSS_MB ? "met" : "**missed**";
                row("Peak RSS during the run: " + name, mb + " MB", service ? "< 300 MB" : "", verdict);
            });
        }
        if (r.get("errors") instanceof Iterable<?> errors && errors.iterator().hasNext()) {
            md.append("\nThe run did not measure everything:\n\n");
            errors.forEach(e -> md.append("- ").append(e).append('\n'));
        }
        if (r.get("notes") instanceof Iterable<?> notes && notes.iterator().hasNext()) {
            md.append("\nNotes of this run:\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        md.append('\n').append(method());
        return md.toString();
    }

    private void target(String key, String measure, String measured) {
        Target target = Target.ALL.stream().filter(t -> t.key().equals(key)).findFirst().orElse(null);
        if (target == null) {
            row(measure, measured, "", "");
            return;
        }
        String verdict = switch (target.judge(r)) {
            case MET -> "met";
            case MISSED -> "**missed**";
            case NOT_MEASURED -> "not measured";
        };
        row(measure, measured, target.limitText() + unit(key), verdict);
    }

    private static String unit(String key) {
        if (key.endsWith("per_s")) {
            return "/s";
        }
        if (key.endsWith("_ms")) {
            return " ms";
        }
        return key.endsWith("_s") ? " s" : "";
    }

    private String num(String key, String format) {
        return r.get(key) instanceof Number n && !Double.isNaN(n.doubleValue())
                ? String.format(Locale.ROOT, format, n.doubleValue()) : "not measured";
    }

    private void row(String measure, String measured, String target, String verdict) {
        md.append("| ").append(measure).append(" | ").append(measured).append(" | ").append(target).append(" | ")
                .append(verdict).append(" |\n");
    }

    private static String method() {
        try (InputStream in = BenchmarksDoc.class.getResourceAsStream("/benchmarks-method.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

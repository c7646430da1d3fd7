package vn.gov.directive.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kafka's own ceiling on this machine: the summary line of org.apache.kafka.tools.ProducerPerformance
 * (run by deploy/local/lib/bench.sh against the same broker just before the harness), e.g.
 * "300000 records sent, 35087.7 records/sec (15.06 MB/sec), 812.3 ms avg latency, 1710.0 ms max
 * latency, 790 ms 50th, 1500 ms 95th, 1650 ms 99th, 1700 ms 99.9th."
 */
record Ceiling(long records, double recordsPerS, double mbPerS, double avgLatencyMs, double p50Ms, double p99Ms,
        int recordSize) {

    private static final Pattern SUMMARY = Pattern.compile("(\\d+) records sent, ([\\d.]+) records/sec \\(([\\d.]+) MB/sec\\), "
            + "([\\d.]+) ms avg latency, ([\\d.]+) ms max latency, (\\d+) ms 50th, (\\d+) ms 95th, (\\d+) ms 99th");

    static Ceiling parse(List<String> lines, int recordSize) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            Matcher m = SUMMARY.matcher(lines.get(i));
            if (m.find()) {
                return new Ceiling(Long.parseLong(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
                        Double.parseDouble(m.group(4)), Double.parseDouble(m.group(6)), Double.parseDouble(m.group(8)),
                        recordSize);
            }
        }
        throw new IllegalArgumentException("no ProducerPerformance summary line (\"... records sent, ... 99th\") in the output");
    }

    static Ceiling read(Path output, int recordSize) throws IOException {
        return parse(Files.readAllLines(output), recordSize);
    }
}

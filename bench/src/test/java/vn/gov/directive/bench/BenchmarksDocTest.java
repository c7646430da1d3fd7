package vn.gov.directive.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BenchmarksDocTest {

    private static Map<String, Object> results() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("run_id", "a1b2c3");
        r.put("started_at", "2026-11-29T03:00:00Z");
        r.put("cores", 2);
        r.put("memory_gb", 23.4);
        r.put("fanout_sizes", List.of(1000, 10000));
        r.put("ceiling_records", 500000);
        r.put("record_size_bytes", 733);
        r.put("ceiling_records_per_s", 20000.0);
        r.put("fanout_10000_stored_s", 1.5);
        r.put("fanout_10000_stored_per_s", 6667.0);
        r.put("fanout_10000_visible_s", 7.2);
        r.put("fanout_ratio", 0.3333);
        r.put("ack_per_s", 120.0);
        r.put("ack_p99_ms", 80.0);
        r.put("rss_mb", Map.of("distribution-service", 310L));
        r.put("errors", List.of("reads: not measured"));
        r.put("notes", List.of());
        return r;
    }

    @Test
    void eachTargetRowSaysMetMissedOrNotMeasured() {
        String doc = BenchmarksDoc.render(results());
        assertThat(doc).contains("| 1.50 s (6,667 deliveries/s) | < 2 s | met |");
        assertThat(doc).contains("| 7.20 s");
        assertThat(doc).containsPattern("all visible in compliance.*\\| < 5 s \\| \\*\\*missed\\*\\* \\|");
        assertThat(doc).contains("| 33.3 % | ≥ 10 % | met |");
        assertThat(doc).contains("| 120 requests/s | ≥ 500/s | **missed** |");
        assertThat(doc).contains("| 80.0 ms | < 100 ms | met |");
        assertThat(doc).contains("| not measured | < 200 ms | not measured |");
        assertThat(doc).contains("| Peak RSS during the run: distribution-service | 310 MB | < 300 MB | **missed** |");
    }

    @Test
    void aFailedPhaseIsListedAndTheMethodFollows() {
        String doc = BenchmarksDoc.render(results());
        assertThat(doc).contains("- reads: not measured");
        assertThat(doc).contains("## How it is measured");
    }
}

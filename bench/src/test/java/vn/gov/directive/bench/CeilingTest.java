package vn.gov.directive.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class CeilingTest {

    @Test
    void readsTheSummaryLineNotTheProgressLines() {
        Ceiling ceiling = Ceiling.parse(List.of(
                "120145 records sent, 24019.0 records/sec (16.81 MB/sec), 1025.3 ms avg latency, 1630.0 ms max latency.",
                "500000 records sent, 35087.719298 records/sec (24.55 MB/sec), 812.30 ms avg latency, 1710.00 ms max latency, "
                        + "790 ms 50th, 1500 ms 95th, 1650 ms 99th, 1700 ms 99.9th."), 733);
        assertThat(ceiling.records()).isEqualTo(500_000);
        assertThat(ceiling.recordsPerS()).isEqualTo(35087.719298);
        assertThat(ceiling.mbPerS()).isEqualTo(24.55);
        assertThat(ceiling.p50Ms()).isEqualTo(790);
        assertThat(ceiling.p99Ms()).isEqualTo(1650);
        assertThat(ceiling.recordSize()).isEqualTo(733);
    }

    @Test
    void refusesOutputWithoutASummary() {
        assertThatThrownBy(() -> Ceiling.parse(List.of("Exception in thread \"main\" org.apache.kafka.common.errors.TimeoutException"), 700))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("summary");
    }
}

package vn.gov.directive.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesAreNearestRankOverAllSamples() {
        Latencies latencies = new Latencies(4);
        for (int ms = 100; ms >= 1; ms--) { // more than the initial capacity, in reverse order
            latencies.record(ms * 1_000_000L);
        }
        assertThat(latencies.count()).isEqualTo(100);
        assertThat(latencies.percentileMs(50)).isEqualTo(50.0);
        assertThat(latencies.percentileMs(99)).isEqualTo(99.0);
        assertThat(latencies.percentileMs(100)).isEqualTo(100.0);
        assertThat(latencies.meanMs()).isEqualTo(50.5);
    }

    @Test
    void aSingleSampleIsEveryPercentile() {
        Latencies latencies = new Latencies(1);
        latencies.record(7_500_000L);
        assertThat(latencies.percentileMs(50)).isEqualTo(7.5);
        assertThat(latencies.percentileMs(99)).isEqualTo(7.5);
    }

    @Test
    void noSampleIsNotANumberAndErrorsAreCountedApart() {
        Latencies latencies = new Latencies(1);
        latencies.error();
        assertThat(latencies.percentileMs(99)).isNaN();
        assertThat(latencies.errors()).isEqualTo(1);
        assertThat(latencies.count()).isZero();
    }
}

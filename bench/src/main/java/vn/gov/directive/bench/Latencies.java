package vn.gov.directive.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Request latencies of one kind, recorded from many threads; percentiles by nearest rank over all
 * samples (no histogram buckets: a few thousand samples are kept as they are).
 */
final class Latencies {

    private long[] nanos;
    private final AtomicInteger count = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();

    Latencies(int capacity) {
        nanos = new long[Math.max(capacity, 16)];
    }

    synchronized void record(long elapsedNanos) {
        int i = count.getAndIncrement();
        if (i >= nanos.length) {
            nanos = Arrays.copyOf(nanos, nanos.length * 2);
        }
        nanos[i] = elapsedNanos;
    }

    void error() {
        errors.incrementAndGet();
    }

    int count() {
        return count.get();
    }

    int errors() {
        return errors.get();
    }

    /** @param p between 0 (exclusive) and 100: the smallest sample at or above p percent of all */
    synchronized double percentileMs(double p) {
        int n = count.get();
        if (n == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, n);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * n);
        return sorted[Math.max(0, Math.min(n, rank) - 1)] / 1_000_000.0;
    }

    synchronized double meanMs() {
        int n = count.get();
        if (n == 0) {
            return Double.NaN;
        }
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += nanos[i];
        }
        return sum / (double) n / 1_000_000.0;
    }
}

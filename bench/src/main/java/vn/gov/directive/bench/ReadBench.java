package vn.gov.directive.bench;

import java.util.function.Supplier;

/**
 * Read latency, one reader at a time (what a dashboard or a portal page feels on an otherwise
 * quiet stack), after a few untimed warm-up reads: p50 and p99 by nearest rank.
 */
final class ReadBench {

    record Result(String what, int reads, int errors, double p50Ms, double p99Ms, double meanMs) {
    }

    private static final int WARM_UP = 5;

    private ReadBench() {
    }

    static Result measure(String what, int reads, Supplier<Api.Reply> read) {
        for (int i = 0; i < WARM_UP; i++) {
            Api.expectOk(read.get(), what);
        }
        Latencies latencies = new Latencies(reads);
        for (int i = 0; i < reads; i++) {
            Api.Reply reply = read.get();
            latencies.record(reply.nanos());
            if (!reply.ok()) {
                latencies.error();
            }
        }
        Result result = new Result(what, reads, latencies.errors(), latencies.percentileMs(50), latencies.percentileMs(99),
                latencies.meanMs());
        Progress.say("%s: p50 %.1f ms, p99 %.1f ms over %d reads", what, result.p50Ms(), result.p99Ms(), reads);
        return result;
    }
}

package vn.gov.directive.bench;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One fan-out: the document system issues a directive to the group BENCH_N, and the clock runs
 * from just before that request until (1) distribution-service lists N deliveries of it, (2)
 * reporting-service's compliance counts N recipients and N delivered, (3) the SMTP server has a
 * notice for every one of the N units.
 * <p>
 * Distribution is polled for the total of a one-item page every 50 ms. Compliance and the mail
 * server are polled only once the deliveries are stored (neither can be ahead of distribution):
 * compliance 200 ms after the previous answer or as long as that answer took, whichever is
 * longer, the mail server 1 s after, so the pollers do not load the services they measure more
 * than a dashboard would. Each time is therefore late by at most one poll interval
 * plus one answer's time; the poll answers' own times are recorded with the result.
 */
final class FanOutBench {

    record Result(int size, UUID directiveId, String number, int recipientCount, double issueRequestMs, double storedS,
            double visibleS, double mailedS, int mailed, long complianceAnswerMs) {

        double storedPerS() {
            return size / storedS;
        }

        double visiblePerS() {
            return size / visibleS;
        }

        double mailedPerS() {
            return size / mailedS;
        }
    }

    private final Api api;
    private final Tokens tokens;
    private final BenchConfig config;
    private final Directives directives;
    private final MailServer mail;
    private final String realMemberAddress;

    FanOutBench(Api api, Tokens tokens, BenchConfig config, Directives directives, MailServer mail, String realMemberAddress) {
        this.realMemberAddress = realMemberAddress;
        this.api = api;
        this.tokens = tokens;
        this.config = config;
        this.directives = directives;
        this.mail = mail;
    }

    Result run(int size) throws Exception {
        String issuerToken = tokens.documentSystem();
        String operator = tokens.operator();
        mail.reset();
        Progress.say("fan-out to %,d units: issuing one directive to %s", size, SyntheticDirectory.group(size));

        long start = System.nanoTime();
        Api.Reply issued = Api.expectOk(api.post(config.directiveUrl() + "/api/v1/directives?issue=true", issuerToken,
                directives.fanOut(size)), "issuing the fan-out directive");
        double issueMs = issued.nanos() / 1e6;
        JsonNode directive = issued.json();
        UUID id = UUID.fromString(directive.get("id").asText());
        String number = directive.path("number").asText();
        int recipients = directive.path("recipientCount").asInt();
        if (recipients != size) {
            throw new IllegalStateException("directive " + number + " went to " + recipients + " units, not " + size
                    + ": directive-service's copy of the directory is not the imported one"
                    + " (did something else, such as the end-to-end suite, import a directory during the run?)");
        }
        Progress.say("issued %s (%s) in %.0f ms; waiting for %,d deliveries", number, id, issueMs, size);

        double storedS = await("stored", start, config.storedTimeout(), () -> 50, () -> storedCount(id, operator) >= size);
        Progress.say("%,d deliveries stored in distribution-service after %.2f s", size, storedS);

        ExecutorService pollers = Executors.newFixedThreadPool(2);
        try {
            long[] complianceAnswer = new long[1];
            // The compliance of N units is N rows: never poll more often than one answer takes,
            // so the poller never keeps more than half a worker of reporting-service busy.
            CompletableFuture<Double> visible = CompletableFuture.supplyAsync(() -> await("visible", start,
                    config.visibleTimeout(), () -> Math.max(200, complianceAnswer[0]), () -> visibleIn(id, size, complianceAnswer)),
                    pollers);
            int[] mailed = new int[1];
            CompletableFuture<Double> mailedAt = CompletableFuture.supplyAsync(() -> await("mailed", start,
                    config.mailedTimeout(), () -> 1000, () -> {
                        mailed[0] = mail.poll(SyntheticDirectory.addressPrefix(size), number);
                        // The real member's mailbox holds other mail too: opened only once the synthetic ones are all there.
                        return mailed[0] >= size - 1 && mail.hasMessageNaming(realMemberAddress, number);
                    }), pollers);
            double visibleS = visible.join();
            Progress.say("all %,d visible in reporting-service's compliance after %.2f s", size, visibleS);
            double mailedS = mailedAt.join();
            Progress.say("all %,d notices accepted by the SMTP server after %.2f s", size, mailedS);
            return new Result(size, id, number, recipients, issueMs, storedS, visibleS, mailedS, mailed[0] + 1,
                    complianceAnswer[0]);
        } finally {
            pollers.shutdownNow();
        }
    }

    private long storedCount(UUID id, String token) {
        Api.Reply reply = api.get(config.distributionUrl() + "/api/v1/deliveries?size=1&directiveId=" + id, token);
        if (reply.status() == 404) {
            return 0; // distribution-service has not consumed DirectiveIssued yet
        }
        return Api.expectOk(reply, "listing deliveries").json().path("total").asLong();
    }

    private boolean visibleIn(UUID id, int size, long[] answerMs) {
        Api.Reply reply = api.get(config.reportingUrl() + "/api/v1/compliance/" + id, tokens.operator());
        answerMs[0] = reply.nanos() / 1_000_000;
        if (reply.status() == 404) {
            return false;
        }
        JsonNode compliance = Api.expectOk(reply, "compliance").json();
        return compliance.path("recipients").asInt() >= size && compliance.path("delivered").asInt() >= size;
    }

    /** A poll that could not be answered (a service restarting, a timeout) is a "not yet", said once. */
    private static boolean holds(String what, BooleanSupplier condition) {
        try {
            return condition.getAsBoolean();
        } catch (java.io.UncheckedIOException e) {
            Progress.warn("%s: a poll failed (%s); polling on", what, e.getMessage());
            return false;
        }
    }

    /** Polls until the condition holds; @return seconds since start */
    private static double await(String what, long start, Duration timeout, LongSupplier pauseMs, BooleanSupplier condition) {
        long deadline = start + timeout.toNanos();
        while (true) {
            if (holds(what, condition)) {
                return (System.nanoTime() - start) / 1e9;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + ": not reached within " + timeout.toSeconds() + " s");
            }
            try {
                Thread.sleep(pauseMs.getAsLong());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}

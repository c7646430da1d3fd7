package vn.gov.directive.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The acknowledgment rush. Synthetic units have no Keycloak users, so the rush is made of the
 * real demo units: K copies of the seed directive are issued (untimed) to the seed's groups and
 * units; then every officer whose unit must act (ACTION and COORDINATE deliveries: 36 units)
 * logs in with a real token and, all at the same time, one thread per officer, works through the
 * unit's K deliveries: acknowledge, then, for an ACTION delivery, report with the fields of the
 * unit's tasks. Each request is timed; the rate is all requests over the wall time from the first
 * sent to the last answered.
 */
final class AckRush {

    record Result(int directives, int officers, int requests, int errors, double seconds, double perSecond,
            double p50Ms, double p99Ms, double ackP50Ms, double ackP99Ms, double reportP50Ms, double reportP99Ms,
            List<UUID> directiveIds) {
    }

    private record Work(UUID deliveryId, boolean reports) {
    }

    private final Api api;
    private final Tokens tokens;
    private final BenchConfig config;
    private final Directives directives;
    private final Map<String, List<String>> fieldsByUnit;

    AckRush(Api api, Tokens tokens, BenchConfig config, Directives directives, Map<String, List<String>> fieldsByUnit) {
        this.api = api;
        this.tokens = tokens;
        this.config = config;
        this.directives = directives;
        this.fieldsByUnit = fieldsByUnit;
    }

    Result run() throws Exception {
        int count = config.rushDirectives();
        Progress.say("acknowledgment rush: issuing %d copies of the seed directive (untimed)", count);
        List<UUID> ids = new ArrayList<>();
        List<Integer> recipientCounts = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            JsonNode issued = Api.expectOk(api.post(config.directiveUrl() + "/api/v1/directives?issue=true",
                    tokens.documentSystem(), directives.rush(i)), "issuing rush directive " + i).json();
            ids.add(UUID.fromString(issued.get("id").asText()));
            recipientCounts.add(issued.path("recipientCount").asInt());
        }
        Map<String, List<Work>> byUnit = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            for (JsonNode delivery : awaitDeliveries(ids.get(i), recipientCounts.get(i))) {
                String role = delivery.path("role").asText();
                if (role.equals("ACTION") || role.equals("COORDINATE")) {
                    byUnit.computeIfAbsent(delivery.path("unit").asText(), u -> new ArrayList<>())
                            .add(new Work(UUID.fromString(delivery.path("id").asText()), role.equals("ACTION")));
                }
            }
        }
        Map<String, String> officerTokens = new LinkedHashMap<>();
        byUnit.keySet().forEach(unit -> officerTokens.put(unit, tokens.user(unit.toLowerCase())));
        Progress.say("%d officers log in and work through %d deliveries each, all at once", byUnit.size(), count);

        Latencies all = new Latencies(4096);
        Latencies acks = new Latencies(2048);
        Latencies reports = new Latencies(2048);
        ExecutorService officers = Executors.newFixedThreadPool(byUnit.size());
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            byUnit.forEach((unit, work) -> done.add(officers.submit(() -> {
                String token = officerTokens.get(unit);
                for (Work w : work) {
                    String base = config.distributionUrl() + "/api/v1/deliveries/" + w.deliveryId();
                    try {
                        timed(api.post(base + "/acknowledge", token, null), all, acks, unit);
                        if (w.reports()) {
                            timed(api.post(base + "/report", token, report(unit)), all, reports, unit);
                        }
                    } catch (java.io.UncheckedIOException e) {
                        all.error(); // no answer at all: counted as an error, the officer goes on
                        Progress.warn("%s: %s", unit, e.getMessage());
                    }
                }
            })));
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            officers.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int requests = all.count();
        Progress.say("rush: %d requests answered in %.2f s (%d errors)", requests, seconds, all.errors());
        return new Result(count, byUnit.size(), requests, all.errors(), seconds, requests / seconds,
                all.percentileMs(50), all.percentileMs(99), acks.percentileMs(50), acks.percentileMs(99),
                reports.percentileMs(50), reports.percentileMs(99), ids);
    }

    private static void timed(Api.Reply reply, Latencies all, Latencies kind, String unit) {
        all.record(reply.nanos());
        kind.record(reply.nanos());
        if (!reply.ok()) {
            all.error();
            Progress.warn("%s: HTTP %d %s", unit, reply.status(), reply.abbreviated());
        }
    }

    private ObjectNode report(String unit) {
        ObjectNode body = Api.JSON.createObjectNode();
        body.put("summary", "Đơn vị " + unit + " đã triển khai và báo cáo kết quả (đo hiệu năng).");
        ObjectNode fields = body.putObject("fields");
        fieldsByUnit.getOrDefault(unit, List.of()).forEach(key -> fields.put(key, 12));
        return body;
    }

    /** Waits (untimed) until distribution-service holds all deliveries of the directive. */
    private JsonNode awaitDeliveries(UUID id, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + config.storedTimeout().toNanos();
        while (true) {
            try {
                Api.Reply reply = api.get(config.distributionUrl() + "/api/v1/deliveries?size=1000&directiveId=" + id, tokens.operator());
                if (reply.ok() && reply.json().path("total").asInt() >= expected) {
                    return reply.json().path("items");
                }
            } catch (java.io.UncheckedIOException e) {
                Progress.warn("listing the deliveries of rush directive %s failed (%s); trying again", id, e.getMessage());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("rush directive " + id + ": deliveries not all stored");
            }
            Thread.sleep(100);
        }
    }
}

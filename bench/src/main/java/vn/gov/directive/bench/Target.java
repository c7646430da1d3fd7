package vn.gov.directive.bench;

import java.util.List;
import java.util.Map;

/** A target the benchmark measures against and whether a run met it; a figure that was not measured is neither. */
record Target(String key, String description, double limit, boolean atMost) {

    enum Verdict {
        MET, MISSED, NOT_MEASURED
    }

    static final List<String> SERVICES = List.of("directive-service", "distribution-service", "reporting-service",
            "notification-service");

    static final List<Target> ALL = List.of(
            new Target("fanout_10000_stored_s", "10,000-unit fan-out stored in distribution-service", 2, true),
            new Target("fanout_10000_visible_s", "10,000-unit fan-out visible in compliance", 5, true),
            new Target("fanout_ratio", "fan-out deliveries/s over the ceiling's records/s", 0.10, false),
            new Target("ack_per_s", "acknowledgment rush, requests/s", 500, false),
            new Target("ack_p99_ms", "acknowledgment rush p99", 100, true),
            new Target("compliance_p99_ms", "compliance of a 10,000-unit directive, p99", 200, true));

    /** Each service's peak RSS. */
    static final double SERVICE_RSS_MB = 300;

    Verdict judge(Map<String, Object> results) {
        return judge(results.get(key));
    }

    Verdict judge(Object value) {
        if (!(value instanceof Number n) || Double.isNaN(n.doubleValue())) {
            return Verdict.NOT_MEASURED;
        }
        double v = n.doubleValue();
        return (atMost ? v < limit : v >= limit) ? Verdict.MET : Verdict.MISSED;
    }

    String limitText() {
        String number = limit < 1 ? Math.round(limit * 100) + " %" : String.valueOf((long) limit);
        return (atMost ? "< " : "≥ ") + number;
    }
}

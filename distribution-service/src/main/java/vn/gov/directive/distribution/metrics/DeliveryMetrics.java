package vn.gov.directive.distribution.metrics;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import vn.gov.directive.events.DeliveryStatus;

/**
 * The gauge {@code distribution.deliveries{status=...}}: deliveries per state, counted by the
 * database every {@code distribution.metrics.refresh} rather than on each scrape (a scrape must
 * not wait on a query over a large table).
 */
@ApplicationScoped
public class DeliveryMetrics {

    @Inject
    EntityManager entityManager;

    private final Map<DeliveryStatus, AtomicLong> counts = new EnumMap<>(DeliveryStatus.class);

    @Inject
    public DeliveryMetrics(MeterRegistry registry) {
        for (DeliveryStatus status : DeliveryStatus.values()) {
            AtomicLong count = new AtomicLong();
            counts.put(status, count);
            Gauge.builder("distribution.deliveries", count, AtomicLong::get)
                    .description("Deliveries in each state")
                    .tag("status", status.name())
                    .register(registry);
        }
    }

    @Scheduled(every = "${distribution.metrics.refresh:30s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select status, count(*) from delivery group by status", Object[].class)
                .getResultList());
        Map<DeliveryStatus, Long> seen = new EnumMap<>(DeliveryStatus.class);
        rows.forEach(row -> seen.put(DeliveryStatus.valueOf((String) row[0]), ((Number) row[1]).longValue()));
        counts.forEach((status, count) -> count.set(seen.getOrDefault(status, 0L)));
    }
}

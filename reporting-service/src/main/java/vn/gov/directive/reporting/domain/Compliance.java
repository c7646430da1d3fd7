package vn.gov.directive.reporting.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.Role;

/**
 * Where one directive stands at {@code asOf} (DESIGN §5): the counts, one row per delivery, and
 * each numeric report field summed over the units' latest reports.
 */
public record Compliance(UUID directiveId, String number, String subject, String issuer, String issuerName,
        Instant deadline, Instant recalledAt, Instant asOf, int recipients, int delivered, int acknowledged,
        int reported, int completed, int returned, int overdue, List<UnitRow> units, Map<String, BigDecimal> fields) {

    /** A row of the table: one delivery. */
    public record UnitRow(UUID deliveryId, String unit, String unitName, String unitKind, Role role,
            DeliveryStatus status, Instant deadline, Instant acknowledgedAt, Instant reportedAt, boolean overdue,
            Map<String, Object> reportFields, int notificationsSent) {
    }

    public static Compliance of(TrackedDirective directive, List<DeliveryFacts> deliveries, Instant now) {
        List<UnitRow> rows = deliveries.stream()
                .sorted(Comparator.comparing(DeliveryFacts::unit))
                .map(d -> new UnitRow(d.deliveryId(), d.unit(), d.unitName(), d.unitKind(), d.role(), d.status(),
                        d.deadline(), d.acknowledgedAt(), d.reportedAt(), d.overdueAt(now),
                        d.reportFields() == null ? Map.of() : d.reportFields(), d.notificationsSent()))
                .toList();
        return new Compliance(directive.id, directive.number, directive.subject, directive.issuer, directive.issuerName,
                directive.deadline, directive.recalledAt, now,
                deliveries.size(),
                count(deliveries, d -> d.deliveredAt() != null),
                count(deliveries, d -> d.acknowledgedAt() != null),
                count(deliveries, DeliveryFacts::reported),
                count(deliveries, d -> d.status() == DeliveryStatus.COMPLETED),
                count(deliveries, d -> d.status() == DeliveryStatus.RETURNED),
                (int) rows.stream().filter(UnitRow::overdue).count(),
                rows, sumNumericFields(deliveries));
    }

    /** Sums each field whose values are numbers; text, dates and booleans are not summed. */
    static Map<String, BigDecimal> sumNumericFields(List<DeliveryFacts> deliveries) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (DeliveryFacts delivery : deliveries) {
            if (delivery.reportFields() == null) {
                continue;
            }
            delivery.reportFields().forEach((key, value) -> {
                if (value instanceof Number number) {
                    sums.merge(key, new BigDecimal(number.toString()), BigDecimal::add);
                }
            });
        }
        sums.replaceAll((key, sum) -> plain(sum));
        return sums;
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static int count(List<DeliveryFacts> deliveries, java.util.function.Predicate<DeliveryFacts> test) {
        return (int) deliveries.stream().filter(test).count();
    }
}

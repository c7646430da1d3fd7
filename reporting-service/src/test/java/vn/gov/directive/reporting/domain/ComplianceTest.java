package vn.gov.directive.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.Role;

class ComplianceTest {

    private static final Instant NOW = Instant.parse("2026-03-10T03:00:00Z");
    private static final Instant PAST = NOW.minusSeconds(3600);
    private static final Instant FUTURE = NOW.plusSeconds(3600);

    @Test
    void countsAndOverdueAgainstTheClock() {
        List<DeliveryFacts> deliveries = List.of(
                facts("A", Role.ACTION, DeliveryStatus.COMPLETED, PAST, true, true, Map.of("soTin", 3)),
                facts("B", Role.ACTION, DeliveryStatus.ACKNOWLEDGED, PAST, true, false, null),
                facts("C", Role.ACTION, DeliveryStatus.REVISION_REQUESTED, PAST, true, true, Map.of("soTin", 2.25)),
                facts("D", Role.COORDINATE, DeliveryStatus.DELIVERED, PAST, false, false, null),
                facts("E", Role.ACTION, DeliveryStatus.DELIVERED, FUTURE, false, false, null),
                facts("F", Role.ACTION, DeliveryStatus.RETURNED, PAST, false, false, null),
                facts("G", Role.FOR_INFO, DeliveryStatus.PENDING, null, false, false, null));
        Compliance compliance = Compliance.of(directive(), deliveries, NOW);

        assertThat(compliance.recipients()).isEqualTo(7);
        assertThat(compliance.delivered()).isEqualTo(6);
        assertThat(compliance.acknowledged()).isEqualTo(3);
        assertThat(compliance.reported()).isEqualTo(1);
        assertThat(compliance.completed()).isEqualTo(1);
        assertThat(compliance.returned()).isEqualTo(1);
        // B and C owe their report after the deadline; D is not ACTION, E not yet due, F returned
        assertThat(compliance.overdue()).isEqualTo(2);
        assertThat(compliance.units()).extracting(Compliance.UnitRow::unit).containsExactly("A", "B", "C", "D", "E", "F", "G");
        assertThat(compliance.fields()).containsEntry("soTin", new BigDecimal("5.25"));

        // an hour later E is overdue too, without any event
        assertThat(Compliance.of(directive(), deliveries, FUTURE.plusSeconds(1)).overdue()).isEqualTo(3);
    }

    @Test
    void onlyNumbersAreSummedAndWholeSumsStayWhole() {
        Map<String, BigDecimal> sums = Compliance.sumNumericFields(List.of(
                facts("A", Role.ACTION, DeliveryStatus.REPORTED, PAST, true, true, Map.of("n", 10, "t", "văn bản", "b", true)),
                facts("B", Role.ACTION, DeliveryStatus.REPORTED, PAST, true, true, Map.of("n", 90.0))));
        assertThat(sums).containsOnlyKeys("n");
        assertThat(sums.get("n").toPlainString()).isEqualTo("100");
    }

    private static TrackedDirective directive() {
        TrackedDirective directive = new TrackedDirective();
        directive.id = UUID.randomUUID();
        directive.issuer = "STTTT";
        return directive;
    }

    private static DeliveryFacts facts(String unit, Role role, DeliveryStatus status, Instant deadline, boolean acknowledged,
            boolean reported, Map<String, Object> fields) {
        boolean delivered = status != DeliveryStatus.PENDING;
        return new DeliveryFacts(UUID.randomUUID(), unit, null, null, role, status, deadline, delivered ? PAST : null,
                acknowledged ? PAST : null, reported ? PAST : null, null, fields, 0);
    }
}

package vn.gov.directive.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.Role;

class UnitFilterTest {

    private static final Compliance.UnitRow LATE = row("A", "DISTRICT_PC", Role.ACTION, DeliveryStatus.ACKNOWLEDGED, true);
    private static final Compliance.UnitRow DONE = row("B", "PROVINCIAL_AGENCY", Role.ACTION, DeliveryStatus.COMPLETED, false);
    private static final Compliance.UnitRow INFO = row("C", null, Role.FOR_INFO, DeliveryStatus.DELIVERED, false);
    private static final List<Compliance.UnitRow> ALL = List.of(LATE, DONE, INFO);

    @Test
    void eachCriterionNarrowsTheRows() {
        assertThat(UnitFilter.parse("COMPLETED", null, null, null).apply(ALL)).containsExactly(DONE);
        assertThat(UnitFilter.parse(null, "FOR_INFO", null, null).apply(ALL)).containsExactly(INFO);
        assertThat(UnitFilter.parse(null, null, "yes", null).apply(ALL)).containsExactly(LATE);
        assertThat(UnitFilter.parse(null, null, "no", null).apply(ALL)).containsExactly(DONE, INFO);
        assertThat(UnitFilter.parse(null, null, null, "DISTRICT_PC").apply(ALL)).containsExactly(LATE);
        assertThat(UnitFilter.parse(null, null, null, UnitFilter.UNKNOWN_KIND).apply(ALL)).containsExactly(INFO);
        assertThat(UnitFilter.parse(null, "ACTION", "no", "PROVINCIAL_AGENCY").apply(ALL)).containsExactly(DONE);
    }

    @Test
    void valuesThatNameNothingAreNoFilter() {
        UnitFilter filter = UnitFilter.parse("<script>", "", "maybe", " ");
        assertThat(filter.any()).isFalse();
        assertThat(filter.apply(ALL)).containsExactlyElementsOf(ALL);
        assertThat(UnitFilter.NONE.apply(ALL)).containsExactlyElementsOf(ALL);
    }

    private static Compliance.UnitRow row(String unit, String kind, Role role, DeliveryStatus status, boolean overdue) {
        return new Compliance.UnitRow(UUID.randomUUID(), unit, "Đơn vị " + unit, kind, role, status, null, null, null, overdue,
                Map.of(), 0);
    }
}

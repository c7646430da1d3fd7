package vn.gov.directive.directive.domain;

import java.util.Map;

/**
 * How a directive's deliveries are doing, as distribution reports them: reached their unit,
 * acknowledged, reported (or completed), ACTION deliveries past their deadline without a report,
 * and how many are in each state now (only the states that occur).
 */
public record DeliveryCounts(long deliveries, long delivered, long acknowledged, long reported, long overdue,
        Map<String, Long> byStatus) {
}

package vn.gov.directive.directive.domain;

/**
 * How a directive's deliveries are doing, as distribution reports them: reached their unit,
 * acknowledged, reported (or completed), and ACTION deliveries past their deadline without a report.
 */
public record DeliveryCounts(long deliveries, long delivered, long acknowledged, long reported, long overdue) {
}

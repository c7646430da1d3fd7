package vn.gov.directive.reporting.domain;

/**
 * Compliance of a group of deliveries (a unit kind, a month): how many, how many reported, how
 * many overdue now, and the on-time rate: of the ACTION deliveries whose deadline has passed or
 * that have reported, the share whose latest report came by the deadline (null when none is due).
 */
public record Statistic(String group, long directives, long deliveries, long reported, long overdue, long due,
        long onTime, Double onTimeRate) {

    public static Statistic of(String group, long directives, long deliveries, long reported, long overdue, long due,
            long onTime) {
        Double rate = due == 0 ? null : Math.round(1000.0 * onTime / due) / 1000.0;
        return new Statistic(group, directives, deliveries, reported, overdue, due, onTime, rate);
    }
}

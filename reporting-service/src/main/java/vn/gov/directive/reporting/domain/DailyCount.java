package vn.gov.directive.reporting.domain;

import java.time.LocalDate;

/** How many deliveries of a directive were acknowledged, reported and completed on one day (Vietnam time). */
public record DailyCount(LocalDate day, int acknowledged, int reported, int completed) {
}

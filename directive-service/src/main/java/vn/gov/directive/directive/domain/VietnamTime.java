package vn.gov.directive.directive.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates of the domain (issue date, register year) are Vietnam's calendar days, not UTC's. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }

    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    public static int yearOf(Instant instant) {
        return dayOf(instant).getYear();
    }
}

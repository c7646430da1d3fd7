package vn.gov.directive.notification.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Office hours of Vietnamese state bodies: a window each day (08:00 to 17:00 by default) in
 * Asia/Ho_Chi_Minh, Monday to Friday, except public holidays of the calendar.
 */
public final class WorkingTime {

    /** More consecutive days off than any real calendar has: a calendar with no working day at all is a mistake. */
    private static final int MAX_DAYS_OFF = 366;

    private final ZoneId zone;
    private final LocalTime start;
    private final LocalTime end;
    private final Set<LocalDate> holidays;

    public WorkingTime(ZoneId zone, LocalTime start, LocalTime end, Set<LocalDate> holidays) {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("Working hours must start before they end: " + start + "-" + end);
        }
        this.zone = zone;
        this.start = start;
        this.end = end;
        this.holidays = Set.copyOf(holidays);
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /** Inside the window of a working day: from its start (included) to its end (excluded). */
    public boolean isWorkingTime(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        LocalTime time = local.toLocalTime();
        return isWorkingDay(local.toLocalDate()) && !time.isBefore(start) && time.isBefore(end);
    }

    /** The instant itself when it is working time, else the start of the next working window. */
    public Instant nextWorkingSlot(Instant instant) {
        if (isWorkingTime(instant)) {
            return instant;
        }
        ZonedDateTime local = instant.atZone(zone);
        LocalDate day = local.toLocalTime().isBefore(start) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
        for (int i = 0; i < MAX_DAYS_OFF; i++, day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                return day.atTime(start).atZone(zone).toInstant();
            }
        }
        throw new IllegalStateException("No working day within a year after " + local.toLocalDate());
    }
}

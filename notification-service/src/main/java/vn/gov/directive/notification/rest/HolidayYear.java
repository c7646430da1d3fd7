package vn.gov.directive.notification.rest;

import java.util.List;

/** One year of the calendar after an edit, and how many waiting reminders moved because of it. */
public record HolidayYear(int year, List<HolidayEntry> holidays, int remindersMoved) {
}

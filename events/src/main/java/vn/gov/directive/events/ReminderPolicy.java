package vn.gov.directive.events;

import java.time.Duration;
import java.util.List;

/**
 * When units are reminded of a deadline: {@code before} the deadline, then every
 * {@code overdueEvery} after it at most {@code maxOverdue} times, within working hours unless
 * {@code respectWorkingHours} is false.
 */
public record ReminderPolicy(List<Duration> before, Duration overdueEvery, Integer maxOverdue,
        Boolean respectWorkingHours) {
}

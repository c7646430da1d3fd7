package vn.gov.directive.directive.domain;

import java.time.Duration;
import java.util.List;

import vn.gov.directive.events.ReminderPolicy;

/** When units are reminded (DESIGN §4); working hours are respected unless said otherwise. */
public record ReminderPolicySpec(List<Duration> before, Duration overdueEvery, Integer maxOverdue,
        boolean respectWorkingHours) {

    public ReminderPolicy toEvent() {
        return new ReminderPolicy(before, overdueEvery, maxOverdue, respectWorkingHours);
    }
}

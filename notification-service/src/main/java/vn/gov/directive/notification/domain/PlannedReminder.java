package vn.gov.directive.notification.domain;

import java.time.Instant;

/**
 * One reminder of a delivery's schedule: its step (unique per delivery, so it is sent once), when
 * the policy puts it, and when it is due once moved into working time.
 */
public record PlannedReminder(String step, Instant plannedAt, Instant dueAt) {
}

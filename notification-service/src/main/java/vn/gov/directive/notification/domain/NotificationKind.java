package vn.gov.directive.notification.domain;

/** What a mail tells the unit; the names are those of NotificationOutcome.kind. */
public enum NotificationKind {
    NOTICE, AMENDMENT, RECALL, REMINDER
}

package vn.gov.directive.notification.domain;

/** PENDING until sent, or given up (FAILED) after the last attempt, or no longer wanted (CANCELLED). */
public enum NotificationStatus {
    PENDING, SENT, FAILED, CANCELLED
}

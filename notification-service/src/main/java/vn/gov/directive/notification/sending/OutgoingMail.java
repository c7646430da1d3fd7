package vn.gov.directive.notification.sending;

/** A composed mail: its subject and its HTML and plain-text parts. */
public record OutgoingMail(String subject, String html, String text) {
}

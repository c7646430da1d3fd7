package vn.gov.directive.notification.sending;

/** A composed mail: its Message-ID (see {@link MessageId}), its subject and its HTML and plain-text parts. */
public record OutgoingMail(String messageId, String subject, String html, String text) {
}

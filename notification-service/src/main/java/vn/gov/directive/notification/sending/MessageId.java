package vn.gov.directive.notification.sending;

import java.util.UUID;

/**
 * The Message-ID of a notification's mail, derived from the notification's id alone: a mail sent
 * again after a crash between the server's acceptance and our record of it carries the same
 * Message-ID as the first, so mail clients and the tests see it as one message delivered twice.
 */
public final class MessageId {

    private MessageId() {
    }

    /** {@code <notification-ID@DOMAIN>}, DOMAIN taken from the sender's address (e.g. "Tên <no-reply@x.vn>"). */
    public static String of(UUID notificationId, String from) {
        return "<notification-" + notificationId + "@" + domainOf(from) + ">";
    }

    static String domainOf(String from) {
        int at = from == null ? -1 : from.lastIndexOf('@');
        if (at < 0) {
            throw new IllegalArgumentException("the sender's address has no domain: " + from);
        }
        String domain = from.substring(at + 1).replace(">", "").strip();
        if (domain.isEmpty()) {
            throw new IllegalArgumentException("the sender's address has no domain: " + from);
        }
        return domain;
    }
}

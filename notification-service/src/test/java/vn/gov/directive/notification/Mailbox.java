package vn.gov.directive.notification;

import java.util.List;

import vn.gov.directive.testsupport.GreenMailClient;

/** A unit's mailbox on the real mail server, by kind of mail (the subject says which). */
public final class Mailbox {

    private Mailbox() {
    }

    public static List<GreenMailClient.Mail> reminders(GreenMailClient mail, String address) {
        return mail.inbox(address).stream()
                .filter(m -> m.subject().contains("Nhắc hạn") || m.subject().contains("Quá hạn")
                        || m.subject().contains("Nhắc xác nhận")).toList();
    }

    public static List<GreenMailClient.Mail> withSubject(GreenMailClient mail, String address, String start) {
        return mail.inbox(address).stream().filter(m -> m.subject().startsWith(start)).toList();
    }

    /** The decoded text of one part ("text/plain" or "text/html") of a mail. */
    public static String part(GreenMailClient.Mail mail, String contentType) {
        return MimeParts.of(mail.mimeMessage()).stream()
                .filter(p -> p.contentType().toLowerCase().startsWith(contentType))
                .map(MimeParts.Part::text).findFirst()
                .orElseThrow(() -> new AssertionError("no " + contentType + " part in " + mail.mimeMessage()));
    }
}

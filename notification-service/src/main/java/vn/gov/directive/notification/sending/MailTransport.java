package vn.gov.directive.notification.sending;

/** Hands a mail to the mail server; throws when the server does not accept it. */
public interface MailTransport {

    void send(String to, OutgoingMail mail);
}

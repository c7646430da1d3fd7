package vn.gov.directive.notification.sending;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/** The SMTP server of quarkus.mailer.*, through Quarkus Mailer (blocking: the dispatcher runs on a worker thread). */
@ApplicationScoped
public class SmtpMailTransport implements MailTransport {

    @Inject
    Mailer mailer;

    @Override
    public void send(String to, OutgoingMail mail) {
        mailer.send(asMail(to, mail));
    }

    /** The mail as Quarkus Mailer sends it; our Message-ID replaces the one Vert.x would generate. */
    public static Mail asMail(String to, OutgoingMail mail) {
        return Mail.withHtml(to, mail.subject(), mail.html()).setText(mail.text()).addHeader("Message-ID", mail.messageId());
    }
}

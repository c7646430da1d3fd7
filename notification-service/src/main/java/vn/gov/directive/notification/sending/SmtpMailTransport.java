package vn.gov.directive.notification.sending;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import vn.gov.directive.notification.config.NotificationConfig;

/**
 * The SMTP server of quarkus.mailer.*, through Quarkus Mailer, waited for on the dispatcher's
 * worker thread for at most notification.dispatch.send-timeout.
 */
@ApplicationScoped
public class SmtpMailTransport implements MailTransport {

    @Inject
    ReactiveMailer mailer;

    @Inject
    NotificationConfig config;

    @Override
    public void send(String to, OutgoingMail mail) {
        mailer.send(asMail(to, mail)).await().atMost(config.dispatch().sendTimeout());
    }

    /** The mail as Quarkus Mailer sends it; our Message-ID replaces the one Vert.x would generate. */
    public static Mail asMail(String to, OutgoingMail mail) {
        return Mail.withHtml(to, mail.subject(), mail.html()).setText(mail.text()).addHeader("Message-ID", mail.messageId());
    }
}

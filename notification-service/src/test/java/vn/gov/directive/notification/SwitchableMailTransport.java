package vn.gov.directive.notification;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.mailer.MailerName;
import vn.gov.directive.notification.sending.MailTransport;
import vn.gov.directive.notification.sending.OutgoingMail;
import vn.gov.directive.notification.sending.SmtpMailTransport;

/**
 * Real SMTP all the way, with an outage on demand: mail for an address put "down" goes to the
 * "outage" mailer, a real Quarkus mailer pointed at a port where no server listens (the
 * connection is refused as when the mail server is away). Other addresses are untouched, so
 * the outage of one test does not disturb the others.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class SwitchableMailTransport implements MailTransport {

    private final Set<String> down = ConcurrentHashMap.newKeySet();

    @Inject
    SmtpMailTransport smtp;

    @Inject
    @MailerName("outage")
    Mailer outage;

    public void serverDownFor(String address) {
        down.add(address);
    }

    public void serverBackFor(String address) {
        down.remove(address);
    }

    @Override
    public void send(String to, OutgoingMail mail) {
        if (down.contains(to)) {
            outage.send(Mail.withHtml(to, mail.subject(), mail.html()).setText(mail.text()));
        } else {
            smtp.send(to, mail);
        }
    }
}

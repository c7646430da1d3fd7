package vn.gov.directive.notification;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

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
    private final Set<String> lostRecord = ConcurrentHashMap.newKeySet();
    private volatile Consumer<String> beforeSend = to -> {
    };

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

    /**
     * The next mail to the address is accepted by the real server, then the send "fails" before
     * the dispatcher can record it: what a crash between acceptance and record looks like.
     */
    public void loseTheRecordOfTheNextMailTo(String address) {
        lostRecord.add(address);
    }

    /** Called with the address before each mail is handed to the server (null: nothing). */
    public void beforeSend(Consumer<String> hook) {
        beforeSend = hook == null ? to -> {
        } : hook;
    }

    @Override
    public void send(String to, OutgoingMail mail) {
        beforeSend.accept(to);
        if (down.contains(to)) {
            outage.send(SmtpMailTransport.asMail(to, mail));
            return;
        }
        smtp.send(to, mail);
        if (lostRecord.remove(to)) {
            throw new IllegalStateException("accepted by the server, record lost (test)");
        }
    }
}

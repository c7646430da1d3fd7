package vn.gov.directive.notification.sending;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.gov.directive.common.directory.DirectoryReplica;
import vn.gov.directive.common.directory.ReplicaUnit;
import vn.gov.directive.common.outbox.Outbox;
import vn.gov.directive.common.outbox.OutgoingEvent;
import vn.gov.directive.events.EventType;
import vn.gov.directive.events.NotificationOutcome;
import vn.gov.directive.notification.config.NotificationConfig;
import vn.gov.directive.notification.domain.Backoff;
import vn.gov.directive.notification.domain.NoticeDelivery;
import vn.gov.directive.notification.domain.Notification;
import vn.gov.directive.notification.domain.NotificationKind;
import vn.gov.directive.notification.domain.NotificationStatus;

/**
 * Sends what is due, each notification once across replicas and restarts.
 * <p>
 * Each notification is claimed in its own transaction with {@code SELECT ... FOR UPDATE SKIP
 * LOCKED}: another replica (or thread) running at the same time skips the row this one holds and
 * takes the next, and once the outcome commits the row is no longer PENDING, so nobody takes it
 * again. The outcome (SENT, a retry later, or FAILED) and its NotificationSent/NotificationFailed
 * event commit together through the outbox. The one window left is a crash after the mail server
 * accepted a mail and before the commit: that mail goes again after the restart (SMTP cannot
 * take part in the transaction), never zero times; a commit that fails while the process lives
 * (the database restarted) does not repeat the mail ({@link #acceptedUnrecorded}). Each mail is recorded in its own commit right
 * after the server accepted it (no sent mails wait for a batch), so the window holds at most the
 * mails in flight at that instant, one per sender; a repeat carries the same Message-ID as the
 * first ({@link MessageId}).
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);
    private static final String CLAIM = """
            select * from notification where status = 'PENDING' and next_attempt_at <= ?1
            order by next_attempt_at, id limit 1 for update skip locked""";

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Inject
    DirectoryReplica directory;

    @Inject
    MailComposer composer;

    @Inject
    MailTransport transport;

    @Inject
    Outbox outbox;

    @Inject
    NotificationConfig config;

    @Inject
    NotificationMetrics metrics;

    /**
     * Mails the server accepted whose record has not committed yet. When the commit fails (the
     * database restarted, say), the row stays PENDING and is claimed again: it is then recorded
     * without being sent a second time. Only a crash of this process loses this memory.
     */
    private final Set<UUID> acceptedUnrecorded = ConcurrentHashMap.newKeySet();

    /** Sends due notifications until none is left or the batch is full; returns how many were settled. */
    public int dispatchDue() {
        int settled = 0;
        while (settled < config.dispatch().batchSize() && dispatchOne()) {
            settled++;
        }
        metrics.remindersDue(QuarkusTransaction.requiringNew().call(this::countDueReminders));
        return settled;
    }

    /** Claims one due notification and settles it; false when none is due (or all due ones are held by others). */
    public boolean dispatchOne() {
        // The default 60 s transaction timeout would abort a claim whose server hangs, and the mail
        // it had handed over would go again once the server woke up and accepted it.
        UUID[] settling = new UUID[1];
        boolean found = QuarkusTransaction.requiringNew().timeout(config.dispatch().claimTimeoutSeconds()).call(() -> {
            @SuppressWarnings("unchecked")
            List<Notification> claimed = entityManager.createNativeQuery(CLAIM, Notification.class)
                    .setParameter(1, clock.instant()).getResultList();
            if (claimed.isEmpty()) {
                return false;
            }
            settling[0] = claimed.get(0).id;
            settle(claimed.get(0));
            return true;
        });
        if (found) {
            acceptedUnrecorded.remove(settling[0]); // its record committed
        }
        return found;
    }

    private void settle(Notification notification) {
        NoticeDelivery delivery = NoticeDelivery.findById(notification.deliveryId);
        if (notification.kind == NotificationKind.REMINDER && !delivery.remindable()) {
            notification.cancel("delivery is " + delivery.status);
            return;
        }
        Optional<ReplicaUnit> unit = directory.unit(notification.unit);
        String address = unit.map(ReplicaUnit::email).filter(a -> a != null && !a.isBlank()).orElse(null);
        if (address == null) {
            failed(notification, null, "unit " + notification.unit + " has no e-mail address in the directory (yet)");
            return;
        }
        long start = System.nanoTime();
        if (!acceptedUnrecorded.contains(notification.id)) {
            try {
                transport.send(address, composer.compose(notification, delivery, unit.get()));
            } catch (RuntimeException e) {
                failed(notification, address, describe(e));
                return;
            }
            acceptedUnrecorded.add(notification.id);
        }
        metrics.sent(notification.kind, Duration.ofNanos(System.nanoTime() - start));
        notification.sent(address, clock.instant());
        outbox.append(OutgoingEvent.of(EventType.NOTIFICATION_SENT, notification.deliveryId.toString(),
                outcome(notification, null)));
    }

    private void failed(Notification notification, String address, String error) {
        notification.failed(address, error, clock.instant(), backoff());
        if (notification.status == NotificationStatus.FAILED) {
            LOG.errorf("%s %s to %s given up after %d attempts: %s", notification.kind, notification.id,
                    notification.unit, notification.attempts, error);
            metrics.failed(notification.kind);
            outbox.append(OutgoingEvent.of(EventType.NOTIFICATION_FAILED, notification.deliveryId.toString(),
                    outcome(notification, notification.lastError)));
        } else {
            LOG.warnf("%s %s to %s failed (attempt %d), next at %s: %s", notification.kind, notification.id,
                    notification.unit, notification.attempts, notification.nextAttemptAt, error);
            metrics.retrying();
        }
    }

    private NotificationOutcome outcome(Notification n, String error) {
        return new NotificationOutcome(n.id, n.deliveryId, n.directiveId, n.unit, n.kind.name(), n.recipient,
                n.attempts, clock.instant(), error);
    }

    private Backoff backoff() {
        NotificationConfig.Dispatch dispatch = config.dispatch();
        return new Backoff(dispatch.firstRetryDelay(), dispatch.maxRetryDelay(), dispatch.maxAttempts());
    }

    private long countDueReminders() {
        return ((Number) entityManager.createNativeQuery(
                "select count(*) from notification where status = 'PENDING' and kind = 'REMINDER' and next_attempt_at <= ?1")
                .setParameter(1, clock.instant()).getSingleResult()).longValue();
    }

    /** The innermost cause says what the mail server (or the network) objected to. */
    private static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? "" : ": " + cause.getMessage();
        return cause.getClass().getSimpleName() + message;
    }
}

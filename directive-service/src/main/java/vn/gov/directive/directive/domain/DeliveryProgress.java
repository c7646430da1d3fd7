package vn.gov.directive.directive.domain;

import java.time.Instant;

import vn.gov.directive.events.DeliveryCreated;
import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.DeliveryTransition;
import vn.gov.directive.events.EventType;
import vn.gov.directive.events.Role;

/**
 * What directive-service knows of one delivery, for its directive's counts, and how an event
 * changes it. Where the delivery stands (status, deadline, role) follows the delivery's newest
 * event only: an event whose sequence is not above the one last applied (a replayed dead letter,
 * a late redelivery) leaves it alone, whatever order the events come in. The stamps say what
 * ever happened (reached the unit, acknowledged, reported) and are set once by whichever event
 * brings them, old or new.
 */
public record DeliveryProgress(Role role, DeliveryStatus status, Instant deadline, long sequence, Instant deliveredAt,
        Instant acknowledgedAt, Instant reportedAt) {

    /** Nothing known yet: the first event of any kind applies. */
    public static final DeliveryProgress UNKNOWN = new DeliveryProgress(null, null, null, 0, null, null, null);

    public DeliveryProgress created(DeliveryCreated created) {
        Instant delivered = created.status() == DeliveryStatus.PENDING ? null : created.createdAt();
        boolean newer = created.sequence() > sequence;
        return new DeliveryProgress(created.role(), newer ? created.status() : status,
                newer || deadline == null ? created.deadline() : deadline, Math.max(sequence, created.sequence()),
                first(deliveredAt, delivered), acknowledgedAt, reportedAt);
    }

    public DeliveryProgress moved(EventType type, DeliveryTransition move) {
        DeliveryStatus to = move.to();
        Instant acknowledged = to == DeliveryStatus.ACKNOWLEDGED ? move.at() : null;
        Instant reported = to == DeliveryStatus.REPORTED || to == DeliveryStatus.COMPLETED ? move.at() : null;
        Instant delivered = move.from() == DeliveryStatus.PENDING && to == DeliveryStatus.RECALLED ? null : move.at();
        if (!move.isNewerThan(sequence)) {
            return new DeliveryProgress(role, status, deadline, sequence, first(deliveredAt, delivered),
                    first(acknowledgedAt, acknowledged), first(reportedAt, reported));
        }
        // an amendment says the delivery's deadline outright (absent: it has none now); an extension gives a new one
        Instant newDeadline = type == EventType.DELIVERY_AMENDED ? move.deadline()
                : move.deadline() != null ? move.deadline() : deadline;
        return new DeliveryProgress(role, to, newDeadline, move.sequence(), first(deliveredAt, delivered),
                first(acknowledgedAt, acknowledged), first(reportedAt, reported));
    }

    private static Instant first(Instant held, Instant next) {
        return held != null ? held : next;
    }
}

package vn.gov.directive.distribution.domain;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.jboss.logging.Logger;

import vn.gov.directive.common.outbox.Outbox;
import vn.gov.directive.common.outbox.OutgoingEvent;
import vn.gov.directive.events.DeliveryCreated;
import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.DirectiveAmended;
import vn.gov.directive.events.DirectiveIssued;
import vn.gov.directive.events.DirectiveRecalled;
import vn.gov.directive.events.EventType;

/**
 * What the directive's own events do to deliveries: issuance creates one per recipient,
 * amendment asks for a new acknowledgment, recall closes the open ones. Each is a few set-wise
 * statements or JDBC batches, never a database round trip per delivery: a directive to 10,000
 * units is one transaction of a handful of statements. Each publishes what every delivery it
 * touched became (DeliveryCreated, DeliveryAmended, DeliveryRecalled, with the delivery's
 * sequence), so every consumer's copy of a delivery follows it.
 */
@ApplicationScoped
public class FanOut {

    private static final Logger LOG = Logger.getLogger(FanOut.class);

    private static final String INSERT_DELIVERY = """
            insert into delivery (id, directive_id, unit, role, status, deadline, created_at, updated_at, sequence)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /**
     * Touches every open delivery of the directive: those in a state the action moves from take
     * its target state, the others keep theirs (an amendment's new deadline and version still
     * reach them); each counts one more event. The moves go into the history, and every touched
     * delivery comes back for its event.
     */
    private static final String BULK_MOVE = """
            with old as (
                select id, status from delivery where directive_id = ? and status = any(?) for update
            ), moved as (
                update delivery d set status = case when old.status = any(?) then ? else old.status end,
                    sequence = d.sequence + 1, updated_at = ?
                from old where d.id = old.id
                returning d.id, d.unit, old.status as from_status, d.status as to_status, d.deadline, d.sequence
            ), history as (
                insert into delivery_transition (id, delivery_id, action, from_status, to_status, actor, at, directive_version, reason)
                select gen_random_uuid(), id, ?, from_status, to_status, ?, ?, ?, ? from moved where from_status <> to_status
            )
            select id, unit, from_status, to_status, deadline, sequence from moved""";

    private static final String SET_DEADLINE = """
            update delivery set deadline = ? where directive_id = ? and unit = ? and not deadline_extended""";

    private static final String SET_ALL_DEADLINES = """
            update delivery set deadline = ? where directive_id = ? and not deadline_extended""";

    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    /** @return the deliveries created; 0 when this directive was already fanned out */
    @Transactional(Transactional.TxType.MANDATORY)
    public int issue(DirectiveIssued issued) {
        if (DirectiveCopy.findById(issued.directiveId()) != null) {
            LOG.infof("Directive %s was already fanned out; nothing to do", issued.directiveId());
            return 0;
        }
        DirectiveCopy.of(issued).persist();
        List<FanOutPlan.Planned> plan = FanOutPlan.plan(issued.recipients(), issued.deadline(), issued.tasks());
        Instant now = Instant.now();
        List<OutgoingEvent> events = new ArrayList<>(plan.size());
        session().flush(); // the directive row before its deliveries (foreign key)
        session().doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_DELIVERY)) {
                for (FanOutPlan.Planned planned : plan) {
                    UUID id = UUID.randomUUID();
                    insert.setObject(1, id);
                    insert.setObject(2, issued.directiveId());
                    insert.setString(3, planned.unit());
                    insert.setString(4, planned.role().name());
                    insert.setString(5, DeliveryStatus.DELIVERED.name());
                    insert.setObject(6, timestamp(planned.deadline()));
                    insert.setObject(7, timestamp(now));
                    insert.setObject(8, timestamp(now));
                    insert.setLong(9, DeliveryCreated.FIRST_SEQUENCE);
                    insert.addBatch();
                    events.add(OutgoingEvent.of(EventType.DELIVERY_CREATED, id.toString(), new DeliveryCreated(id,
                            issued.directiveId(), issued.version(), planned.unit(), planned.role(), DeliveryStatus.DELIVERED,
                            planned.deadline(), issued.number(), issued.subject(), issued.urgency(), now, DeliveryCreated.FIRST_SEQUENCE)));
                }
                insert.executeBatch();
            }
        });
        outbox.appendAll(events);
        return plan.size();
    }

    /**
     * Takes the new version: deadlines follow it (unless the issuer extended one delivery's own),
     * and units that had acknowledged an older version must acknowledge again.
     *
     * @return the deliveries sent back to DELIVERED
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int amend(DirectiveAmended amended) {
        DirectiveCopy copy = DirectiveCopy.findById(amended.directiveId());
        if (copy == null) {
            LOG.warnf("Amendment of directive %s, which this service never received; ignored", amended.directiveId());
            return 0;
        }
        if (!copy.amend(amended)) {
            LOG.infof("Directive %s is already at version %d; amendment to %d ignored", copy.id, copy.version, amended.version());
            return 0;
        }
        session().flush();
        Map<String, Instant> deadlines = FanOutPlan.deadlinesByUnit(copy.deadline, copy.tasks());
        session().doWork(connection -> {
            try (PreparedStatement all = connection.prepareStatement(SET_ALL_DEADLINES)) {
                all.setObject(1, timestamp(copy.deadline));
                all.setObject(2, copy.id);
                all.executeUpdate();
            }
            try (PreparedStatement own = connection.prepareStatement(SET_DEADLINE)) {
                for (Map.Entry<String, Instant> unit : deadlines.entrySet()) {
                    own.setObject(1, timestamp(unit.getValue()));
                    own.setObject(2, copy.id);
                    own.setString(3, unit.getKey());
                    own.addBatch();
                }
                own.executeBatch();
            }
        });
        return bulkMove(copy, DeliveryAction.AMEND, amended.amendedBy(), amended.changeSummary(), amended.amendedAt());
    }

    /** @return the open deliveries closed */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recall(DirectiveRecalled recalled) {
        DirectiveCopy copy = DirectiveCopy.findById(recalled.directiveId());
        if (copy == null) {
            LOG.warnf("Recall of directive %s, which this service never received; ignored", recalled.directiveId());
            return 0;
        }
        if (copy.recalledAt == null) {
            copy.recalledAt = recalled.recalledAt();
        }
        session().flush();
        return bulkMove(copy, DeliveryAction.RECALL, recalled.recalledBy(), recalled.reason(), recalled.recalledAt());
    }

    /**
     * One statement moves the directive's open deliveries and returns them; their events (one per
     * delivery, with its new sequence) go to the outbox in one JDBC batch, in the same
     * transaction: a directive to 10,000 units costs what its fan-out cost.
     *
     * @return the deliveries whose state changed
     */
    private int bulkMove(DirectiveCopy copy, DeliveryAction action, String actor, String reason, Instant at) {
        DeliveryStatus to = DeliveryLifecycle.bulkTarget(action);
        String[] open = names(DeliveryLifecycle.openStates());
        String[] moving = names(DeliveryLifecycle.statesAllowing(action));
        List<TransitionEvents.BulkMoved> touched = session().doReturningWork(connection -> {
            try (PreparedStatement move = connection.prepareStatement(BULK_MOVE)) {
                move.setObject(1, copy.id);
                move.setArray(2, connection.createArrayOf("text", open));
                move.setArray(3, connection.createArrayOf("text", moving));
                move.setString(4, to.name());
                move.setObject(5, timestamp(at));
                move.setString(6, action.name());
                move.setString(7, actor);
                move.setObject(8, timestamp(at));
                move.setInt(9, copy.version);
                move.setString(10, reason);
                List<TransitionEvents.BulkMoved> rows = new ArrayList<>();
                try (ResultSet result = move.executeQuery()) {
                    while (result.next()) {
                        OffsetDateTime deadline = result.getObject(5, OffsetDateTime.class);
                        rows.add(new TransitionEvents.BulkMoved(result.getObject(1, UUID.class), result.getString(2),
                                DeliveryStatus.valueOf(result.getString(3)), DeliveryStatus.valueOf(result.getString(4)),
                                deadline == null ? null : deadline.toInstant(), result.getLong(6)));
                    }
                }
                return rows;
            }
        });
        outbox.appendAll(touched.stream()
                .map(moved -> TransitionEvents.ofDirectiveChange(action, moved, copy.id, copy.version, actor, at))
                .toList());
        return (int) touched.stream().filter(moved -> moved.from() != moved.to()).count();
    }

    private static String[] names(Set<DeliveryStatus> states) {
        return states.stream().map(Enum::name).toArray(String[]::new);
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}

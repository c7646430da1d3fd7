package vn.gov.directive.distribution.domain;

import static vn.gov.directive.events.DeliveryStatus.ACKNOWLEDGED;
import static vn.gov.directive.events.DeliveryStatus.COMPLETED;
import static vn.gov.directive.events.DeliveryStatus.DELIVERED;
import static vn.gov.directive.events.DeliveryStatus.IN_PROGRESS;
import static vn.gov.directive.events.DeliveryStatus.PENDING;
import static vn.gov.directive.events.DeliveryStatus.RECALLED;
import static vn.gov.directive.events.DeliveryStatus.REPORTED;
import static vn.gov.directive.events.DeliveryStatus.RETURNED;
import static vn.gov.directive.events.DeliveryStatus.REVISION_REQUESTED;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.Role;

/**
 * The delivery state machine of DESIGN §4, as one table: for each state, the actions it allows
 * and the state each leads to. Anything not in the table is illegal.
 *
 * <pre>
 * DELIVERED          acknowledge → ACKNOWLEDGED, return → RETURNED, report → (ACKNOWLEDGED →) REPORTED
 * ACKNOWLEDGED       return → RETURNED, report → REPORTED, amend → DELIVERED
 * IN_PROGRESS        as ACKNOWLEDGED (no action leads here in API v1; kept for edXML status 05)
 * REPORTED           accept → COMPLETED, request revision → REVISION_REQUESTED
 * REVISION_REQUESTED report → REPORTED
 * every open state   extend deadline → itself, recall → RECALLED
 * COMPLETED, RETURNED, RECALLED: terminal
 * </pre>
 *
 * An amendment sends only ACKNOWLEDGED and IN_PROGRESS back to DELIVERED: they must acknowledge
 * the new version (the delivery keeps the version it last acknowledged). A REPORTED or
 * REVISION_REQUESTED delivery keeps its state: its next report is made against the current
 * version and counts as its acknowledgment; COMPLETED stays completed.
 */
public final class DeliveryLifecycle {

    /** One step of a transition. */
    public record Step(DeliveryAction action, DeliveryStatus from, DeliveryStatus to) {
    }

    private static final Map<DeliveryStatus, Map<DeliveryAction, DeliveryStatus>> TABLE = new EnumMap<>(DeliveryStatus.class);

    static {
        allow(PENDING, DeliveryAction.EXTEND_DEADLINE, PENDING);
        allow(PENDING, DeliveryAction.RECALL, RECALLED);

        allow(DELIVERED, DeliveryAction.ACKNOWLEDGE, ACKNOWLEDGED);
        allow(DELIVERED, DeliveryAction.RETURN, RETURNED);
        allow(DELIVERED, DeliveryAction.REPORT, REPORTED);
        allow(DELIVERED, DeliveryAction.EXTEND_DEADLINE, DELIVERED);
        allow(DELIVERED, DeliveryAction.RECALL, RECALLED);

        for (DeliveryStatus acknowledged : List.of(ACKNOWLEDGED, IN_PROGRESS)) {
            allow(acknowledged, DeliveryAction.RETURN, RETURNED);
            allow(acknowledged, DeliveryAction.REPORT, REPORTED);
            allow(acknowledged, DeliveryAction.EXTEND_DEADLINE, acknowledged);
            allow(acknowledged, DeliveryAction.AMEND, DELIVERED);
            allow(acknowledged, DeliveryAction.RECALL, RECALLED);
        }

        allow(REPORTED, DeliveryAction.ACCEPT_REPORT, COMPLETED);
        allow(REPORTED, DeliveryAction.REQUEST_REVISION, REVISION_REQUESTED);
        allow(REPORTED, DeliveryAction.EXTEND_DEADLINE, REPORTED);
        allow(REPORTED, DeliveryAction.RECALL, RECALLED);

        allow(REVISION_REQUESTED, DeliveryAction.REPORT, REPORTED);
        allow(REVISION_REQUESTED, DeliveryAction.EXTEND_DEADLINE, REVISION_REQUESTED);
        allow(REVISION_REQUESTED, DeliveryAction.RECALL, RECALLED);
    }

    /** States an overdue delivery can be in: the work is still owed. */
    private static final Set<DeliveryStatus> WORK_OWED = EnumSet.of(PENDING, DELIVERED, ACKNOWLEDGED, IN_PROGRESS, REVISION_REQUESTED);

    private DeliveryLifecycle() {
    }

    private static void allow(DeliveryStatus from, DeliveryAction action, DeliveryStatus to) {
        TABLE.computeIfAbsent(from, s -> new EnumMap<>(DeliveryAction.class)).put(action, to);
    }

    /**
     * The steps that {@code action} takes a delivery through from {@code from}: one step, or two
     * for a report on a delivery not yet acknowledged (it is acknowledged first).
     *
     * @throws IllegalTransitionException when the state or the role does not allow the action
     */
    public static List<Step> plan(DeliveryStatus from, DeliveryAction action, Role role) {
        if (action == DeliveryAction.REPORT && role != Role.ACTION) {
            throw new IllegalTransitionException(from, action, "only ACTION units report; this unit's role is " + role);
        }
        DeliveryStatus to = TABLE.getOrDefault(from, Map.of()).get(action);
        if (to == null) {
            throw new IllegalTransitionException(from, action, isTerminal(from) ? "it is closed" : null);
        }
        if (action == DeliveryAction.REPORT && from == DELIVERED) {
            return List.of(new Step(DeliveryAction.ACKNOWLEDGE, DELIVERED, ACKNOWLEDGED), new Step(action, ACKNOWLEDGED, to));
        }
        return List.of(new Step(action, from, to));
    }

    /** Whether the action is allowed from that state (whatever the role). */
    public static boolean allows(DeliveryStatus from, DeliveryAction action) {
        return TABLE.getOrDefault(from, Map.of()).containsKey(action);
    }

    /** The states from which an action is allowed: what the bulk updates of an amendment or a recall select. */
    public static Set<DeliveryStatus> statesAllowing(DeliveryAction action) {
        Set<DeliveryStatus> states = EnumSet.noneOf(DeliveryStatus.class);
        TABLE.forEach((from, actions) -> {
            if (actions.containsKey(action)) {
                states.add(from);
            }
        });
        return Collections.unmodifiableSet(states);
    }

    /**
     * Where a system action (amendment, recall) takes every delivery it applies to: the same
     * state whatever the state before, so it can be one bulk update.
     */
    public static DeliveryStatus bulkTarget(DeliveryAction action) {
        Set<DeliveryStatus> targets = EnumSet.noneOf(DeliveryStatus.class);
        TABLE.values().forEach(actions -> {
            if (actions.containsKey(action)) {
                targets.add(actions.get(action));
            }
        });
        if (targets.size() != 1) {
            throw new IllegalArgumentException(action + " does not lead to one state: " + targets);
        }
        return targets.iterator().next();
    }

    /** The states a delivery can still leave: what an amendment or a recall touches. */
    public static Set<DeliveryStatus> openStates() {
        Set<DeliveryStatus> open = EnumSet.noneOf(DeliveryStatus.class);
        open.addAll(TABLE.keySet());
        return Collections.unmodifiableSet(open);
    }

    public static boolean isTerminal(DeliveryStatus status) {
        return !TABLE.containsKey(status);
    }

    /** Overdue is derived (DESIGN §4): an ACTION delivery whose work is still owed after its deadline. */
    public static boolean isOverdue(Role role, DeliveryStatus status, Instant deadline, Instant now) {
        return role == Role.ACTION && deadline != null && deadline.isBefore(now) && WORK_OWED.contains(status);
    }

    /** The states {@link #isOverdue} counts, for queries. */
    public static Set<DeliveryStatus> workOwed() {
        return Collections.unmodifiableSet(WORK_OWED);
    }
}

package vn.gov.directive.distribution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gov.directive.distribution.domain.DeliveryAction.ACCEPT_REPORT;
import static vn.gov.directive.distribution.domain.DeliveryAction.ACKNOWLEDGE;
import static vn.gov.directive.distribution.domain.DeliveryAction.AMEND;
import static vn.gov.directive.distribution.domain.DeliveryAction.EXTEND_DEADLINE;
import static vn.gov.directive.distribution.domain.DeliveryAction.RECALL;
import static vn.gov.directive.distribution.domain.DeliveryAction.REPORT;
import static vn.gov.directive.distribution.domain.DeliveryAction.REQUEST_REVISION;
import static vn.gov.directive.distribution.domain.DeliveryAction.RETURN;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.Role;

/** Every (state, action) pair of the delivery state machine, legal and illegal, written out independently of its table. */
class DeliveryLifecycleTest {

    /** The expected machine: state → action → next state. A pair not listed must be refused. */
    private static final Map<DeliveryStatus, Map<DeliveryAction, DeliveryStatus>> EXPECTED = new EnumMap<>(DeliveryStatus.class);

    static {
        EXPECTED.put(PENDING, Map.of(EXTEND_DEADLINE, PENDING, RECALL, RECALLED));
        EXPECTED.put(DELIVERED, Map.of(ACKNOWLEDGE, ACKNOWLEDGED, RETURN, RETURNED, REPORT, REPORTED,
                EXTEND_DEADLINE, DELIVERED, RECALL, RECALLED));
        EXPECTED.put(ACKNOWLEDGED, Map.of(RETURN, RETURNED, REPORT, REPORTED, EXTEND_DEADLINE, ACKNOWLEDGED,
                AMEND, DELIVERED, RECALL, RECALLED));
        EXPECTED.put(IN_PROGRESS, Map.of(RETURN, RETURNED, REPORT, REPORTED, EXTEND_DEADLINE, IN_PROGRESS,
                AMEND, DELIVERED, RECALL, RECALLED));
        EXPECTED.put(REPORTED, Map.of(ACCEPT_REPORT, COMPLETED, REQUEST_REVISION, REVISION_REQUESTED,
                EXTEND_DEADLINE, REPORTED, RECALL, RECALLED));
        EXPECTED.put(REVISION_REQUESTED, Map.of(REPORT, REPORTED, EXTEND_DEADLINE, REVISION_REQUESTED, RECALL, RECALLED));
        EXPECTED.put(COMPLETED, Map.of());
        EXPECTED.put(RETURNED, Map.of());
        EXPECTED.put(RECALLED, Map.of());
    }

    @Test
    void everyLegalPairLeadsToItsStateAndEveryOtherIsRefusedNamingTheState() {
        int legal = 0;
        int illegal = 0;
        for (DeliveryStatus from : DeliveryStatus.values()) {
            assertThat(EXPECTED).as("the test lists every state").containsKey(from);
            for (DeliveryAction action : DeliveryAction.values()) {
                DeliveryStatus to = EXPECTED.get(from).get(action);
                if (to != null) {
                    List<DeliveryLifecycle.Step> steps = DeliveryLifecycle.plan(from, action, Role.ACTION);
                    assertThat(steps.get(steps.size() - 1).to()).as(from + " " + action).isEqualTo(to);
                    assertThat(steps.get(0).from()).isEqualTo(from);
                    assertThat(DeliveryLifecycle.allows(from, action)).isTrue();
                    legal++;
                } else {
                    assertThatThrownBy(() -> DeliveryLifecycle.plan(from, action, Role.ACTION))
                            .as(from + " " + action)
                            .isInstanceOf(IllegalTransitionException.class)
                            .hasMessageContaining("The delivery is " + from)
                            .satisfies(e -> assertThat(((IllegalTransitionException) e).current()).isEqualTo(from));
                    assertThat(DeliveryLifecycle.allows(from, action)).isFalse();
                    illegal++;
                }
            }
        }
        assertThat(legal).isEqualTo(24);
        assertThat(illegal).isEqualTo(DeliveryStatus.values().length * DeliveryAction.values().length - 24);
    }

    @Test
    void aReportOnADeliveryNotYetAcknowledgedAcknowledgesItFirst() {
        assertThat(DeliveryLifecycle.plan(DELIVERED, REPORT, Role.ACTION)).containsExactly(
                new DeliveryLifecycle.Step(ACKNOWLEDGE, DELIVERED, ACKNOWLEDGED),
                new DeliveryLifecycle.Step(REPORT, ACKNOWLEDGED, REPORTED));
        assertThat(DeliveryLifecycle.plan(REVISION_REQUESTED, REPORT, Role.ACTION)).containsExactly(
                new DeliveryLifecycle.Step(REPORT, REVISION_REQUESTED, REPORTED));
    }

    @Test
    void onlyActionUnitsReportButEveryRoleMayAcknowledge() {
        for (Role role : List.of(Role.COORDINATE, Role.FOR_REPORT, Role.FOR_INFO)) {
            assertThatThrownBy(() -> DeliveryLifecycle.plan(ACKNOWLEDGED, REPORT, role))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining("ACKNOWLEDGED").hasMessageContaining(role.name());
            assertThat(DeliveryLifecycle.plan(DELIVERED, ACKNOWLEDGE, role)).hasSize(1);
        }
    }

    @Test
    void amendmentAndRecallAreBulkMovesToOneState() {
        assertThat(DeliveryLifecycle.bulkTarget(AMEND)).isEqualTo(DELIVERED);
        assertThat(DeliveryLifecycle.statesAllowing(AMEND)).containsExactlyInAnyOrder(ACKNOWLEDGED, IN_PROGRESS);
        assertThat(DeliveryLifecycle.bulkTarget(RECALL)).isEqualTo(RECALLED);
        assertThat(DeliveryLifecycle.statesAllowing(RECALL))
                .containsExactlyInAnyOrder(PENDING, DELIVERED, ACKNOWLEDGED, IN_PROGRESS, REPORTED, REVISION_REQUESTED);
        assertThatThrownBy(() -> DeliveryLifecycle.bulkTarget(EXTEND_DEADLINE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAmendmentOrARecallTouchesEveryOpenDeliveryAndNoClosedOne() {
        assertThat(DeliveryLifecycle.openStates()).containsExactlyInAnyOrder(DeliveryStatus.PENDING, DeliveryStatus.DELIVERED,
                DeliveryStatus.ACKNOWLEDGED, DeliveryStatus.IN_PROGRESS, DeliveryStatus.REPORTED, DeliveryStatus.REVISION_REQUESTED);
        assertThat(DeliveryLifecycle.openStates()).isEqualTo(DeliveryLifecycle.statesAllowing(DeliveryAction.RECALL));
        assertThat(DeliveryLifecycle.openStates()).containsAll(DeliveryLifecycle.statesAllowing(DeliveryAction.AMEND));
    }

    @Test
    void terminalStatesAreTheClosedOnes() {
        assertThat(List.of(DeliveryStatus.values())).filteredOn(DeliveryLifecycle::isTerminal)
                .containsExactlyInAnyOrder(COMPLETED, RETURNED, RECALLED);
    }

    @Test
    void overdueIsAnActionDeliveryWhoseWorkIsOwedAfterItsDeadline() {
        Instant now = Instant.parse("2026-12-15T10:00:00Z");
        Instant past = now.minusSeconds(1);
        assertThat(DeliveryLifecycle.isOverdue(Role.ACTION, DELIVERED, past, now)).isTrue();
        assertThat(DeliveryLifecycle.isOverdue(Role.ACTION, ACKNOWLEDGED, past, now)).isTrue();
        assertThat(DeliveryLifecycle.isOverdue(Role.ACTION, REVISION_REQUESTED, past, now)).isTrue();
        assertThat(DeliveryLifecycle.isOverdue(Role.ACTION, REPORTED, past, now)).isFalse();
        assertThat(DeliveryLifecycle.isOverdue(Role.ACTION, COMPLETED, past, now)).isFalse();
        assertThat(DeliveryLifecycle.isOverdue(Role.ACTION, RECALLED, past, now)).isFalse();
        assertThat(DeliveryLifecycle.isOverdue(Role.ACTION, RETURNED, past, now)).isFalse();
        assertThat(DeliveryLifecycle.isOverdue(Role.COORDINATE, DELIVERED, past, now)).isFalse();
        assertThat(DeliveryLifecycle.isOverdue(Role.ACTION, DELIVERED, now.plusSeconds(1), now)).isFalse();
        assertThat(DeliveryLifecycle.isOverdue(Role.ACTION, DELIVERED, null, now)).isFalse();
    }
}

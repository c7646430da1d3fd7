package vn.gov.directive.common.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

import vn.gov.directive.common.outbox.RelayBatch.Acknowledged;
import vn.gov.directive.common.outbox.RelayBatch.Decision;
import vn.gov.directive.common.outbox.RelayBatch.Held;
import vn.gov.directive.common.outbox.RelayBatch.Refused;

class RelayBatchTest {

    private static final RelayBatch.Result OK = new Acknowledged();
    private static final RelayBatch.Result TOO_LARGE = new Refused(new RecordTooLargeException("too large"));
    private static final RelayBatch.Result BROKER_AWAY = new Refused(new TimeoutException("expired"));

    @Test
    void everyAcknowledgedRowIsMarkedSent() {
        Decision decision = RelayBatch.decide(List.of(row(1, "a"), row(2, "b"), row(3, "a")), List.of(OK, OK, OK));
        assertThat(decision.sent()).containsExactly(1L, 2L, 3L);
        assertThat(decision.parked()).isEmpty();
        assertThat(decision.stoppedByTransientFailure()).isFalse();
    }

    @Test
    void aPermanentRefusalParksTheRowAndHoldsTheLaterRowsOfItsKeyOnly() {
        Decision decision = RelayBatch.decide(List.of(row(1, "a"), row(2, "b"), row(3, "a"), row(4, "c")),
                List.of(TOO_LARGE, OK, OK, OK));
        assertThat(decision.parked()).extracting(RelayBatch.Parking::id).containsExactly(1L);
        assertThat(decision.parked().get(0).failure()).contains("RecordTooLargeException");
        // row 3 went out but is not marked: it goes again after row 1, so key a keeps its order
        assertThat(decision.sent()).containsExactly(2L, 4L);
        assertThat(decision.stoppedByTransientFailure()).isFalse();
    }

    @Test
    void theSameKeyOnAnotherTopicIsAnotherStream() {
        Decision decision = RelayBatch.decide(List.of(row(1, "directive-events", "a"), row(2, "delivery-events", "a")),
                List.of(TOO_LARGE, OK));
        assertThat(decision.sent()).containsExactly(2L);
    }

    @Test
    void aTransientRefusalStopsTheBatchThereWithoutParking() {
        Decision decision = RelayBatch.decide(List.of(row(1, "a"), row(2, "b"), row(3, "c")), List.of(OK, BROKER_AWAY, OK));
        assertThat(decision.sent()).containsExactly(1L);
        assertThat(decision.parked()).isEmpty();
        assertThat(decision.stoppedByTransientFailure()).isTrue();
    }

    @Test
    void aRowHeldBeforeSendingHoldsItsKeyAndIsNotMarked() {
        Decision decision = RelayBatch.decide(List.of(row(1, "a"), row(2, "a"), row(3, "b")), List.of(TOO_LARGE, new Held(), OK));
        assertThat(decision.sent()).containsExactly(3L);
        assertThat(decision.parked()).extracting(RelayBatch.Parking::id).containsExactly(1L);
    }

    private static OutboxRow row(long id, String key) {
        return row(id, "directive-events", key);
    }

    private static OutboxRow row(long id, String topic, String key) {
        return new OutboxRow(id, UUID.randomUUID(), topic, key, "vn.gov.directive.DirectiveIssued.v1", key, Instant.EPOCH, "{}");
    }
}

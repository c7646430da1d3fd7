package vn.gov.directive.common.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutionException;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

class PublishFailuresTest {

    @Test
    void refusalsThatWouldRepeatArePermanent() {
        assertThat(PublishFailures.permanent(new RecordTooLargeException("8703739 bytes"))).isTrue();
        assertThat(PublishFailures.permanent(new SerializationException("bad"))).isTrue();
        assertThat(PublishFailures.permanent(new InvalidRecordException("no key on a compacted topic"))).isTrue();
    }

    @Test
    void aPermanentCauseIsFoundUnderTheFutureWrapper() {
        ExecutionException wrapped = new ExecutionException(new RecordTooLargeException("too large"));
        assertThat(PublishFailures.permanent(wrapped)).isTrue();
        assertThat(PublishFailures.describe(wrapped)).isEqualTo("RecordTooLargeException: too large");
    }

    @Test
    void anAbsentOrMovingBrokerIsTransient() {
        assertThat(PublishFailures.permanent(new TimeoutException("Expiring 3 records"))).isFalse();
        assertThat(PublishFailures.permanent(new NetworkException("disconnected"))).isFalse();
        assertThat(PublishFailures.permanent(new NotLeaderOrFollowerException("moved"))).isFalse();
        assertThat(PublishFailures.permanent(new ExecutionException(new TimeoutException("t")))).isFalse();
        assertThat(PublishFailures.permanent(new InterruptedException())).isFalse();
    }

    @Test
    void theDescriptionIsBounded() {
        assertThat(PublishFailures.describe(new RecordTooLargeException("x".repeat(5000)))).hasSize(2000);
    }
}

package vn.gov.directive.e2e;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * kill -9 of the Kafka broker in the middle of a fan-out to 2,000 units, then a start: the
 * outboxes keep what was not published, the consumers resume from their committed offsets.
 * Destructive for everything using the broker. Run alone: mvn -Pe2e -pl e2e verify -Dit.test=BrokerKillFaultIT
 */
@ExtendWith(BigGroup.Import.class)
class BrokerKillFaultIT {

    private FanOut fanOut;

    @AfterEach
    void deleteTheNotices() {
        if (fanOut != null) {
            fanOut.deleteMailboxes();
        }
    }

    @Test
    void theBrokerKilledInTheMiddleOfTheFanOut() {
        fanOut = FanOut.issue(BigGroup.get());
        int atKill = FanOut.awaitUnderway(fanOut::deliveries);
        Faults.kill("kafka");
        Faults.start("kafka");
        fanOut.settle("BrokerKillFaultIT", "kill -9 of the Kafka broker in the fan-out (" + atKill + " of 2,000 stored)",
                Instant.now(), 0);
    }
}

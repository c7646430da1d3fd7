package vn.gov.directive.e2e;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * kill -9 of the Kafka broker in the middle of a fan-out to 2,000 units, then a start: the
 * outboxes keep what was not published, the consumers resume from their committed offsets.
 * Destructive for everything using the broker. Run alone: mvn -Pe2e -pl e2e verify -Dit.test=BrokerKillFaultIT
 */
class BrokerKillFaultIT extends FaultScenario {

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

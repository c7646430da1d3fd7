package vn.gov.directive.e2e;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * PostgreSQL restarted (every connection of every service cut) in the middle of a fan-out to
 * 2,000 units. Destructive for everything using the cluster.
 * Run alone: mvn -Pe2e -pl e2e verify -Dit.test=PostgresRestartFaultIT
 */
class PostgresRestartFaultIT extends FaultScenario {

    @Test
    void postgresRestartedInTheMiddleOfTheFanOut() {
        fanOut = FanOut.issue(BigGroup.get());
        int atRestart = FanOut.awaitUnderway(fanOut::deliveries);
        Faults.restart("postgres");
        fanOut.settle("PostgresRestartFaultIT", "PostgreSQL restarted in the fan-out (" + atRestart + " of 2,000 stored)",
                Instant.now(), 0);
    }
}

package vn.gov.directive.e2e;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL restarted (every connection of every service cut) in the middle of a fan-out to
 * 2,000 units. Destructive for everything using the cluster.
 * Run alone: mvn -Pe2e -pl e2e verify -Dit.test=PostgresRestartFaultIT
 */
@ExtendWith(BigGroup.Import.class)
class PostgresRestartFaultIT {

    private FanOut fanOut;

    @AfterEach
    void deleteTheNotices() {
        if (fanOut != null) {
            fanOut.deleteMailboxes();
        }
    }

    @Test
    void postgresRestartedInTheMiddleOfTheFanOut() {
        fanOut = FanOut.issue(BigGroup.get());
        int atRestart = FanOut.awaitUnderway(fanOut::deliveries);
        Faults.restart("postgres");
        fanOut.settle("PostgresRestartFaultIT", "PostgreSQL restarted in the fan-out (" + atRestart + " of 2,000 stored)",
                Instant.now(), 0);
    }
}

package vn.gov.directive.e2e;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 6: distribution-service is restarted (a clean stop and start) while it fans a
 * directive out to 2,000 units; afterwards every unit has exactly one delivery, reporting counts
 * each exactly once and every unit has its notice once. The kill -9 variants are in ServiceKillFaultIT.
 */
@ExtendWith(BigGroup.Import.class)
class RestartDuringFanOutIT {

    @Test
    void aRestartInTheMiddleOfAFanOutLosesNothingAndDoublesNothing() {
        FanOut fanOut = FanOut.issue(BigGroup.get());
        try {
            Faults.restart("distribution-service");
            fanOut.settle("RestartDuringFanOutIT", "clean restart (SIGTERM) of distribution-service right after the issue",
                    Instant.now(), 0);
        } finally {
            fanOut.deleteMailboxes();
        }
    }
}

package vn.gov.directive.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every fault scenario shares: the run's one 2,000-unit group (imported once, the seed
 * directory restored at the end) and the scenario's fan-out, whose notices are deleted from the
 * mail server afterwards so that the next scenario counts only its own.
 */
@ExtendWith(BigGroup.Import.class)
abstract class FaultScenario {

    protected FanOut fanOut;

    @AfterEach
    void deleteTheNotices() {
        if (fanOut != null) {
            fanOut.deleteMailboxes();
            fanOut = null;
        }
    }
}

package vn.gov.directive.e2e;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * kill -9 of each service in the middle of its part of a directive to 2,000 units, then a start:
 * 2,000 deliveries stored, 2,000 visible, one notice per unit. The one exception is physical:
 * notification-service killed between the SMTP server's acceptance of a mail and its record
 * sends that mail again, so at most the mails in flight (one per sender) are repeated, each with
 * the Message-ID of the first. Run alone: mvn -Pe2e -pl e2e verify -Dit.test=ServiceKillFaultIT
 */
class ServiceKillFaultIT extends FaultScenario {

    /** notification.dispatch.senders of notification-service: at most one mail in flight per sender. */
    static final int MAILS_IN_FLIGHT = 4;

    @Test
    void directiveServiceKilledRightAfterItAnsweredTheIssue() {
        fanOut = FanOut.issue(BigGroup.get());
        int atKill = Math.max(0, fanOut.deliveries());
        killAndStart("directive-service");
        fanOut.settle("ServiceKillFaultIT.directiveService",
                "kill -9 of directive-service right after its 201 (" + atKill + " of 2,000 delivered then)", Instant.now(), 0);
    }

    @Test
    void distributionServiceKilledInTheMiddleOfTheFanOut() {
        // Its fan-out of one DirectiveIssued is one transaction of 2,000 deliveries, then 2,000
        // DeliveryCreated through its outbox: killed right after the issue, it is in one or the other.
        fanOut = FanOut.issue(BigGroup.get());
        killAndStart("distribution-service");
        fanOut.settle("ServiceKillFaultIT.distributionService",
                "kill -9 of distribution-service right after the issue's 201 (its fan-out and outbox under way)", Instant.now(), 0);
    }

    @Test
    void reportingServiceKilledInTheMiddleOfItsReadModel() {
        fanOut = FanOut.issue(BigGroup.get());
        int atKill = FanOut.awaitUnderway(fanOut::visible);
        killAndStart("reporting-service");
        fanOut.settle("ServiceKillFaultIT.reportingService",
                "kill -9 of reporting-service while it counts (" + atKill + " of 2,000 visible)", Instant.now(), 0);
    }

    @Test
    void notificationServiceKilledInTheMiddleOfTheMailing() {
        fanOut = FanOut.issue(BigGroup.get());
        int atKill = FanOut.awaitUnderway(fanOut::mailed);
        killAndStart("notification-service");
        fanOut.settle("ServiceKillFaultIT.notificationService",
                "kill -9 of notification-service in the mailing (" + atKill + " of 2,000 mailed)", Instant.now(), MAILS_IN_FLIGHT);
    }

    private static void killAndStart(String service) {
        Faults.kill(service);
        Faults.start(service);
    }
}

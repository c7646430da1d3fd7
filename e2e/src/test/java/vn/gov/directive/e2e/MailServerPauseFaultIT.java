package vn.gov.directive.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import org.apache.http.HttpStatus;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * The SMTP server hung for a minute in the middle of the mailing of a directive to 2,000 units
 * (SIGSTOP, then SIGCONT: GreenMail keeps mail in memory, so a kill would lose what it had
 * accepted, which a real server keeps in its queue). Meanwhile notification-service's health says
 * the mail server is unreachable and the service stays ready; afterwards every unit has its
 * notice once. Destructive for everything using GreenMail.
 * Run alone: mvn -Pe2e -pl e2e verify -Dit.test=MailServerPauseFaultIT
 */
class MailServerPauseFaultIT extends FaultScenario {

    private static final Duration HUNG = Duration.ofMinutes(1);

    @Test
    void theMailServerHungForAMinuteInTheMiddleOfTheMailing() {
        fanOut = FanOut.issue(BigGroup.get());
        int atPause = FanOut.awaitUnderway(fanOut::mailed);
        Instant paused = Instant.now();
        Faults.pause("greenmail");
        try {
            await().atMost(Duration.ofSeconds(45)).ignoreExceptions().untilAsserted(() -> given()
                    .when().get(Platform.NOTIFICATION + "/q/health")
                    .then().statusCode(HttpStatus.SC_SERVICE_UNAVAILABLE)
                    .body("checks.find { it.name == 'mail-server' }.status", Matchers.equalTo("DOWN")));
            given().when().get(Platform.NOTIFICATION + "/q/health/ready").then().statusCode(HttpStatus.SC_OK);
            // The fault lasts a minute from the pause: nothing to synchronise on, only the clock.
            Duration left = HUNG.minus(Duration.between(paused, Instant.now()));
            if (!left.isNegative()) {
                await().pollDelay(left).atMost(left.plusSeconds(5)).until(() -> true);
            }
        } finally {
            Faults.resume("greenmail");
        }
        Instant resumed = Instant.now();
        fanOut.settle("MailServerPauseFaultIT", "SMTP server hung (SIGSTOP) 60 s in the mailing (" + atPause
                + " of 2,000 mailed), then SIGCONT", resumed, 0);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().when().get(Platform.NOTIFICATION + "/q/health")
                .then().body("checks.find { it.name == 'mail-server' }.status", Matchers.equalTo("UP")));
    }
}

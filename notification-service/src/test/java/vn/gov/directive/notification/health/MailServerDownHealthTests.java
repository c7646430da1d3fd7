package vn.gov.directive.notification.health;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The mailer pointed at a port where nothing listens: /q/health says DOWN and why, the gauge
 * says 0, and the service stays ready and live (it keeps taking events and keeps the mail).
 */
@QuarkusTest
@TestProfile(MailServerDownHealthTests.NoMailServer.class)
class MailServerDownHealthTests {

    public static class NoMailServer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.mailer.port", "1", "mail-health.port", "1");
        }
    }

    @Test
    void anUnreachableMailServerIsReportedWithoutTakingTheServiceOutOfRotation() {
        given().when().get("/q/health").then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'mail-server' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'mail-server' }.data.server", equalTo("127.0.0.1:1"))
                .body("checks.find { it.name == 'mail-server' }.data.degraded", equalTo(true))
                .body("checks.find { it.name == 'mail-server' }.data.message", org.hamcrest.Matchers.containsString("máy chủ thư"));
        given().when().get("/q/health/well").then().statusCode(503);
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200);
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("notification_mail_server_reachable 0.0");
    }
}

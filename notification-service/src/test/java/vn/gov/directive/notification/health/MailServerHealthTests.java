package vn.gov.directive.notification.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.gov.directive.testsupport.GreenMailResource;

/** With the real mail server up, the mail-server check is UP in /q/health and is not part of readiness or liveness. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class MailServerHealthTests {

    @Test
    void theRealMailServerIsReportedReachable() {
        given().when().get("/q/health").then().statusCode(200)
                .body("checks.find { it.name == 'mail-server' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'mail-server' }.data.detail", org.hamcrest.Matchers.startsWith("220"));
        given().when().get("/q/health/ready").then().statusCode(200).body("checks.name", not(hasItem("mail-server")));
        given().when().get("/q/health/live").then().statusCode(200).body("checks.name", not(hasItem("mail-server")));
    }
}

package vn.gov.directive.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import vn.gov.directive.testsupport.ComponentAddresses;
import vn.gov.directive.testsupport.InjectKafkaCompanion;
import vn.gov.directive.testsupport.InjectKeycloak;
import vn.gov.directive.testsupport.KeycloakTokens;

/**
 * What the dashboards are built from, through the API with real tokens (the same queries the pages
 * call), and the pages' sign-in: a browser without a session is sent to Keycloak, the API still
 * answers 401.
 */
@QuarkusTest
class DashboardApiTests {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectKeycloak
    KeycloakTokens keycloak;

    @BeforeEach
    void publishScenario() {
        Scenario.ensurePublished(kafka, keycloak);
    }

    @Test
    void dashboardWithoutSessionRedirectsToKeycloak() {
        for (String page : List.of("/dashboard", "/dashboard/directives/" + Scenario.DIRECTIVE, "/ops")) {
            given().redirects().follow(false)
                    .when().get(page)
                    .then().statusCode(HttpStatus.SC_MOVED_TEMPORARILY)
                    .header("Location", startsWith(ComponentAddresses.realm() + "/protocol/openid-connect/auth"))
                    .header("Location", containsString("client_id=portal"))
                    .header("Location", containsString("response_type=code"));
        }
        given().redirects().follow(false).when().get("/api/v1/compliance").then().statusCode(HttpStatus.SC_UNAUTHORIZED);
    }

    @Test
    void theListCountsAsComplianceDoesAndShowsAnIssuerOnlyItsOwn() {
        String stttt = keycloak.accessToken("stttt");
        JsonPath list = given().auth().oauth2(stttt).queryParam("size", 1000)
                .when().get("/api/v1/compliance")
                .then().statusCode(HttpStatus.SC_OK)
                .body("items.issuer", not(hasItem(Scenario.OTHER_ISSUER)))
                .extract().jsonPath();
        Map<String, Object> listed = list.getMap("items.find { it.directiveId == '" + Scenario.DIRECTIVE + "' }");
        Map<String, Object> compliance = given().auth().oauth2(stttt)
                .when().get("/api/v1/compliance/" + Scenario.DIRECTIVE)
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath().getMap("");
        for (String count : List.of("recipients", "delivered", "acknowledged", "reported", "completed", "returned", "overdue",
                "number", "subject")) {
            assertThat(listed.get(count)).as(count).isEqualTo(compliance.get(count));
        }
        assertThat(listed.get("overdue")).isEqualTo(1);

        given().auth().oauth2(keycloak.accessToken("auditor")).queryParam("size", 1000)
                .when().get("/api/v1/compliance")
                .then().statusCode(HttpStatus.SC_OK)
                .body("items.directiveId", hasItem(Scenario.OTHER_DIRECTIVE.toString()))
                .body("items.directiveId", hasItem(Scenario.DIRECTIVE.toString()));
        given().auth().oauth2(keycloak.accessToken("ubnd-halong"))
                .when().get("/api/v1/compliance")
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
    }

    @Test
    void progressOverTimeEndsAtTodaysCountsFromTheIssueDay() {
        JsonPath progress = given().auth().oauth2(keycloak.accessToken("stttt"))
                .when().get("/api/v1/compliance/" + Scenario.DIRECTIVE + "/progress")
                .then().statusCode(HttpStatus.SC_OK)
                .body("recipients", equalTo(6))
                .body("points[0].day", equalTo(Scenario.ISSUED_AT.atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate().toString()))
                .extract().jsonPath();
        int last = progress.getList("points").size() - 1;
        assertThat(last).isGreaterThanOrEqualTo(10); // issued ten days ago: a point for every day since
        assertThat(progress.getInt("points[" + last + "].acknowledged")).isEqualTo(3);
        assertThat(progress.getInt("points[" + last + "].reported")).isEqualTo(2);
        assertThat(progress.getInt("points[" + last + "].completed")).isEqualTo(1);

        given().auth().oauth2(keycloak.accessToken("auditor"))
                .when().get("/api/v1/compliance/" + Scenario.OTHER_DIRECTIVE + "/progress")
                .then().statusCode(HttpStatus.SC_OK);
        given().auth().oauth2(keycloak.accessToken("stttt"))
                .when().get("/api/v1/compliance/" + Scenario.OTHER_DIRECTIVE + "/progress")
                .then().statusCode(HttpStatus.SC_NOT_FOUND);
    }

    @Test
    void theChartLibraryIsServedFromItsWebjar() {
        given().when().get("/webjars/echarts/dist/echarts.min.js")
                .then().statusCode(HttpStatus.SC_OK)
                .body(containsString("echarts"));
        given().when().get("/assets/charts.js").then().statusCode(HttpStatus.SC_OK);
    }
}

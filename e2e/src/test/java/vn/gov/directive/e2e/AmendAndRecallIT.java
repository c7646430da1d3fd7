package vn.gov.directive.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.apache.http.HttpStatus;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * Scenario 4: an amendment tells the units and asks them to acknowledge the new version; a
 * recall closes the open deliveries, tells the units, and nothing more is sent for it.
 */
class AmendAndRecallIT {

    @Test
    void anAmendmentAsksForANewAcknowledgmentAndARecallClosesEverything() {
        JsonPath issued = Platform.issueSeedDirective(Instant.now().plus(7, ChronoUnit.DAYS));
        String directiveId = issued.getString("id");
        String number = issued.getString("number");
        String halong = Platform.deliveryInInbox("ubnd-halong", directiveId);
        Platform.as("ubnd-halong").when().post(Platform.DISTRIBUTION + "/api/v1/deliveries/" + halong + "/acknowledge")
                .then().statusCode(HttpStatus.SC_OK).body("status", equalTo("ACKNOWLEDGED"));

        Platform.as("stttt")
                .body(Map.of("deadline", Instant.now().plus(10, ChronoUnit.DAYS).toString(),
                        "changeSummary", "Gia hạn thời hạn báo cáo thêm 03 ngày."))
                .when().post(Platform.DIRECTIVES + "/api/v1/directives/" + directiveId + "/amend")
                .then().statusCode(HttpStatus.SC_OK).body("version", equalTo(2));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath delivery = delivery("ubnd-halong", halong);
            assertThat(delivery.getInt("version")).isEqualTo(2);
            assertThat(delivery.getBoolean("needsAcknowledgment")).isTrue();
        });
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(Platform.MAIL.inbox(Platform.email("UBND-HALONG")))
                .filteredOn(mail -> mail.subject().contains(number)).hasSizeGreaterThanOrEqualTo(2));
        Platform.as("ubnd-halong").when().post(Platform.DISTRIBUTION + "/api/v1/deliveries/" + halong + "/acknowledge")
                .then().statusCode(HttpStatus.SC_OK).body("acknowledgedVersion", equalTo(2));

        Platform.as("stttt").body(Map.of("reason", "Văn bản ban hành nhầm đối tượng."))
                .when().post(Platform.DIRECTIVES + "/api/v1/directives/" + directiveId + "/recall")
                .then().statusCode(HttpStatus.SC_OK).body("status", equalTo("RECALLED"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<Map<String, Object>> deliveries = Platform.as("stttt")
                    .queryParam("directiveId", directiveId).queryParam("size", 100)
                    .when().get(Platform.DISTRIBUTION + "/api/v1/deliveries")
                    .then().statusCode(HttpStatus.SC_OK).extract().jsonPath().getList("items");
            assertThat(deliveries).hasSize(38).extracting(d -> d.get("status")).containsOnly("RECALLED");
        });
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(Platform.MAIL.inbox(Platform.email("UBND-CAMPHA")))
                .filteredOn(mail -> mail.subject().contains(number)).hasSizeGreaterThanOrEqualTo(3));
        Platform.as("ubnd-halong").when().post(Platform.DISTRIBUTION + "/api/v1/deliveries/" + halong + "/acknowledge")
                .then().statusCode(HttpStatus.SC_CONFLICT);
    }

    private static JsonPath delivery(String officer, String id) {
        return Platform.as(officer).when().get(Platform.DISTRIBUTION + "/api/v1/deliveries/" + id)
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath();
    }
}

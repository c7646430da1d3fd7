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
        // every service's copy of the deliveries says what distribution-service says, state by state
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> countsAgree(directiveId, Map.of("DELIVERED", 38L)));
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
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> countsAgree(directiveId, Map.of("RECALLED", 38L)));
        Platform.as("stttt").when().get(Platform.DIRECTIVES + "/api/v1/directives/" + directiveId)
                .then().statusCode(HttpStatus.SC_OK).body("deliveries.overdue", equalTo(0));
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(Platform.MAIL.inbox(Platform.email("UBND-CAMPHA")))
                .filteredOn(mail -> mail.subject().contains(number)).hasSizeGreaterThanOrEqualTo(3));
        Platform.as("ubnd-halong").when().post(Platform.DISTRIBUTION + "/api/v1/deliveries/" + halong + "/acknowledge")
                .then().statusCode(HttpStatus.SC_CONFLICT);
    }

    /** Deliveries per state in distribution-service (the truth), directive-service's roll-up and reporting's compliance. */
    private static void countsAgree(String directiveId, Map<String, Long> expected) {
        List<Map<String, Object>> deliveries = Platform.as("stttt")
                .queryParam("directiveId", directiveId).queryParam("size", 100)
                .when().get(Platform.DISTRIBUTION + "/api/v1/deliveries")
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath().getList("items");
        Map<String, Long> distribution = byStatus(deliveries);
        Map<String, Object> rollUp = Platform.as("stttt").when().get(Platform.DIRECTIVES + "/api/v1/directives/" + directiveId)
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath().getMap("deliveries.byStatus");
        Map<String, Long> directive = new java.util.TreeMap<>();
        rollUp.forEach((status, count) -> directive.put(status, ((Number) count).longValue()));
        List<Map<String, Object>> units = Platform.as("stttt").when().get(Platform.REPORTING + "/api/v1/compliance/" + directiveId)
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath().getList("units");
        Map<String, Long> reporting = byStatus(units);

        assertThat(distribution).as("distribution-service").isEqualTo(expected);
        assertThat(directive).as("directive-service's roll-up").isEqualTo(distribution);
        assertThat(reporting).as("reporting-service's compliance").isEqualTo(distribution);
    }

    private static Map<String, Long> byStatus(List<Map<String, Object>> rows) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        rows.forEach(row -> counts.merge(String.valueOf(row.get("status")), 1L, Long::sum));
        return counts;
    }

    private static JsonPath delivery(String officer, String id) {
        return Platform.as(officer).when().get(Platform.DISTRIBUTION + "/api/v1/deliveries/" + id)
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath();
    }
}

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * Scenario 2: district officers acknowledge and report with fields; compliance shows the counts
 * and the field sums; the three exports open.
 */
class AcknowledgeAndReportIT {

    private static final Map<String, int[]> REPORTS = Map.of(
            "ubnd-halong", new int[] {12, 3400},
            "ubnd-campha", new int[] {8, 2100},
            "ubnd-uongbi", new int[] {5, 900});

    private static String directiveId;

    @BeforeAll
    static void issueAndReport() {
        directiveId = Platform.issueSeedDirective(Instant.now().plus(7, ChronoUnit.DAYS)).getString("id");

        Platform.as("ubnd-mongcai").when().post(Platform.DISTRIBUTION + "/api/v1/deliveries/" + deliveryOf("ubnd-mongcai") + "/acknowledge")
                .then().statusCode(HttpStatus.SC_OK).body("status", equalTo("ACKNOWLEDGED"));
        REPORTS.forEach((officer, numbers) -> {
            String delivery = deliveryOf(officer);
            Platform.as(officer).when().post(Platform.DISTRIBUTION + "/api/v1/deliveries/" + delivery + "/acknowledge")
                    .then().statusCode(HttpStatus.SC_OK);
            Platform.as(officer)
                    .body(Map.of("summary", "Đã tổ chức tuyên truyền trên hệ thống thông tin cơ sở.",
                            "fields", Map.of("sessions", numbers[0], "people_reached", numbers[1])))
                    .when().post(Platform.DISTRIBUTION + "/api/v1/deliveries/" + delivery + "/report")
                    .then().statusCode(HttpStatus.SC_OK).body("status", equalTo("REPORTED"));
        });
    }

    @Test
    void complianceCountsAcknowledgmentsReportsAndSumsTheFields() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath compliance = Platform.as("stttt").when().get(Platform.REPORTING + "/api/v1/compliance/" + directiveId)
                    .then().statusCode(HttpStatus.SC_OK).extract().jsonPath();
            assertThat(compliance.getInt("recipients")).isEqualTo(38);
            assertThat(compliance.getInt("delivered")).isEqualTo(38);
            assertThat(compliance.getInt("acknowledged")).isEqualTo(4);
            assertThat(compliance.getInt("reported")).isEqualTo(3);
            assertThat(compliance.getInt("overdue")).isZero();
            assertThat(compliance.getDouble("fields.sessions")).isEqualTo(25.0);
            assertThat(compliance.getDouble("fields.people_reached")).isEqualTo(6400.0);
            List<Map<String, Object>> units = compliance.getList("units");
            assertThat(units).hasSize(38);
        });
    }

    @Test
    void theThreeExportsOpen() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(Platform.as("stttt")
                .when().get(Platform.REPORTING + "/api/v1/compliance/" + directiveId).then().extract().jsonPath()
                .getInt("reported")).isEqualTo(3));

        byte[] csv = export("csv");
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8)).contains("UBND-HALONG");
        assertThat(export("xlsx")).startsWith('P', 'K');
        assertThat(export("pdf")).startsWith('%', 'P', 'D', 'F');
    }

    private static byte[] export(String format) {
        return Platform.as("stttt").queryParam("format", format)
                .when().get(Platform.REPORTING + "/api/v1/compliance/" + directiveId + "/export")
                .then().statusCode(HttpStatus.SC_OK).extract().asByteArray();
    }

    private static String deliveryOf(String officer) {
        return Platform.deliveryInInbox(officer, directiveId);
    }
}

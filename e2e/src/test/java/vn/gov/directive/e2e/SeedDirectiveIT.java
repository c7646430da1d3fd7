package vn.gov.directive.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * Scenario 1: the provincial document system issues the seed directive; it gets its number, 38
 * deliveries appear (34 ACTION, 3 FOR_REPORT, 1 COORDINATE) without the issuer, and every unit
 * gets a notice naming the number.
 */
class SeedDirectiveIT {

    private static String directiveId;
    private static String number;

    @BeforeAll
    static void issueTheSeedDirective() {
        JsonPath issued = Platform.issueSeedDirective(Instant.now().plus(7, ChronoUnit.DAYS));
        directiveId = issued.getString("id");
        number = issued.getString("number");
        assertThat(number).matches("[1-9][0-9]*/STTTT-TTBCXB");
        assertThat(issued.getInt("recipientCount")).isEqualTo(38);
    }

    @Test
    void thirtyEightDeliveriesAppearWithTheirRolesAndNotTheIssuer() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(deliveries()).hasSize(38));

        List<Map<String, Object>> deliveries = deliveries();
        Map<Object, Long> byRole = deliveries.stream().collect(Collectors.groupingBy(d -> d.get("role"), Collectors.counting()));
        assertThat(byRole).containsExactlyInAnyOrderEntriesOf(Map.of("ACTION", 34L, "FOR_REPORT", 3L, "COORDINATE", 1L));
        assertThat(deliveries).extracting(d -> d.get("unit")).doesNotContain("STTTT").contains("UBND-HALONG", "CA-TINH", "TTTT-TINH");
        assertThat(deliveries).extracting(d -> d.get("status")).containsOnly("DELIVERED");
    }

    @Test
    void everyUnitIsNotifiedWithTheNumber() {
        List<String> units = List.of("UBND-HALONG", "SNV", "TTTT-TINH", "CA-TINH", "UBND-TINH", "UBND-COTO");
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            for (String unit : units) {
                assertThat(Platform.MAIL.inbox(Platform.email(unit)))
                        .as("mail to %s", unit)
                        .anySatisfy(mail -> assertThat(mail.subject()).contains(number));
            }
        });
        assertThat(Platform.MAIL.inbox(Platform.email("STTTT")))
                .noneSatisfy(mail -> assertThat(mail.subject()).contains(number));
    }

    private static List<Map<String, Object>> deliveries() {
        return Platform.as("stttt")
                .queryParam("directiveId", directiveId).queryParam("size", 100)
                .when().get(Platform.DISTRIBUTION + "/api/v1/deliveries")
                .then().statusCode(HttpStatus.SC_OK)
                .extract().jsonPath().getList("items");
    }

}

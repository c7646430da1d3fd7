package vn.gov.directive.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.apache.http.HttpStatus;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.gov.directive.testsupport.GreenMailClient;

/**
 * Scenario 3: a directive due in two minutes with minute-level reminders. The units that have not
 * reported are reminded before the deadline and again once it has passed; the unit that reported
 * gets no reminder; compliance shows the others overdue after the deadline.
 */
class RemindersIT {

    private static final List<String> SILENT = List.of("UBND-HAIHA", "UBND-BINHLIEU");
    private static final String REPORTING_UNIT = "UBND-BACHE";

    @Test
    void remindersGoToUnitsThatHaveNotReportedAndOverdueAppearsAfterTheDeadline() {
        Instant deadline = Instant.now().plus(2, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        ObjectNode directive = Platform.seedDirective(deadline);
        directive.put("urgency", "FLASH");
        ArrayNode recipients = directive.putArray("recipients");
        for (String unit : List.of("UBND-HAIHA", "UBND-BINHLIEU", REPORTING_UNIT)) {
            recipients.addObject().put("unit", unit).put("role", "ACTION");
        }
        directive.putArray("tasks");
        ObjectNode policy = directive.putObject("reminderPolicy");
        policy.putArray("before").add("PT1M");
        policy.put("overdueEvery", "PT1M").put("maxOverdue", 1).put("respectWorkingHours", false);

        var issued = Platform.asDocumentSystem().body(directive.toString())
                .when().post(Platform.DIRECTIVES + "/api/v1/directives?issue=true")
                .then().statusCode(org.hamcrest.Matchers.oneOf(HttpStatus.SC_OK, HttpStatus.SC_CREATED))
                .extract().jsonPath();
        String directiveId = issued.getString("id");
        String number = issued.getString("number");

        String delivery = Platform.deliveryInInbox(REPORTING_UNIT.toLowerCase(), directiveId);
        Platform.as(REPORTING_UNIT.toLowerCase())
                .body(Map.of("summary", "Đã triển khai ngay trong ngày.", "fields", Map.of()))
                .when().post(Platform.DISTRIBUTION + "/api/v1/deliveries/" + delivery + "/report")
                .then().statusCode(HttpStatus.SC_OK);

        await().atMost(Duration.ofSeconds(150)).untilAsserted(() -> SILENT.forEach(unit ->
                assertThat(mails(unit, number)).anySatisfy(subject -> assertThat(subject).startsWith("[Hỏa tốc] Nhắc hạn"))));

        await().atMost(Duration.ofSeconds(200)).untilAsserted(() -> {
            assertThat(Platform.as("stttt").when().get(Platform.REPORTING + "/api/v1/compliance/" + directiveId)
                    .then().statusCode(HttpStatus.SC_OK).extract().jsonPath().getInt("overdue")).isEqualTo(SILENT.size());
            SILENT.forEach(unit -> assertThat(mails(unit, number))
                    .anySatisfy(subject -> assertThat(subject).startsWith("[Hỏa tốc] Quá hạn báo cáo")));
        });

        assertThat(mails(REPORTING_UNIT, number)).hasSize(1).allSatisfy(subject -> assertThat(subject).contains("Văn bản mới"));
    }

    private static List<String> mails(String unit, String number) {
        return Platform.MAIL.inbox(Platform.email(unit)).stream().map(GreenMailClient.Mail::subject)
                .filter(subject -> subject.contains(number)).toList();
    }
}

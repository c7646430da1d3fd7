package vn.gov.directive.distribution.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.http.HttpStatus;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import vn.gov.directive.distribution.TestDirectives;
import vn.gov.directive.events.CloudEventHeaders;
import vn.gov.directive.events.EventSchemas;
import vn.gov.directive.events.EventType;
import vn.gov.directive.events.Recipient;
import vn.gov.directive.events.ReportField;
import vn.gov.directive.events.Role;
import vn.gov.directive.events.TaskSummary;
import vn.gov.directive.testsupport.CloudEventRecords;
import vn.gov.directive.testsupport.InjectKafkaCompanion;
import vn.gov.directive.testsupport.InjectKeycloak;
import vn.gov.directive.testsupport.KeycloakTokens;

/**
 * The delivery lifecycle through the API with real tokens of two units and the issuer: every
 * action, the illegal ones, object-level authorization and bad input. Each test issues its own
 * directive (a real DirectiveIssued on the broker) to the units it needs.
 */
@QuarkusTest
class DeliveryTests {

    private static final Duration FAN_OUT = Duration.ofSeconds(60);
    private static final List<ReportField> DISTRICT_FIELDS = List.of(
            new ReportField("sessions", "Số buổi/lượt tuyên truyền", "INTEGER", true),
            new ReportField("people_reached", "Số người được tiếp cận", "INTEGER", false));

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectKeycloak
    KeycloakTokens keycloak;

    @Inject
    TestDirectives directives;

    private UUID directiveId;
    private Map<String, UUID> deliveries;
    private UUID halong;
    private UUID campha;

    /** A directive to two districts (ACTION, with report fields), the police (COORDINATE) and the provincial PC (FOR_INFO). */
    @BeforeEach
    void issueDirective() {
        directiveId = UUID.randomUUID();
        Instant deadline = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        directives.publish(kafka, EventType.DIRECTIVE_ISSUED, directiveId, directives.issued(directiveId, List.of(
                new Recipient("UBND-HALONG", Role.ACTION), new Recipient("UBND-CAMPHA", Role.ACTION),
                new Recipient("CA-TINH", Role.COORDINATE), new Recipient("UBND-TINH", Role.FOR_INFO)), deadline,
                List.of(new TaskSummary("T1", "Tuyên truyền trên hệ thống thông tin cơ sở", List.of("UBND-HALONG", "UBND-CAMPHA"),
                        null, DISTRICT_FIELDS)), "V/v tăng cường tuyên truyền"), UUID.randomUUID());
        deliveries = directives.awaitDeliveries(directiveId, 4, FAN_OUT);
        halong = deliveries.get("UBND-HALONG");
        campha = deliveries.get("UBND-CAMPHA");
    }

    @Test
    void aUnitAcknowledgesThenReportsAndTheIssuerAcceptsEachStepKeptAndPublished() {
        ConsumerTask<String, String> published = directives.deliveryEventsFromNow(kafka);

        act("ubnd-halong", halong, "acknowledge", null).statusCode(HttpStatus.SC_OK)
                .body("status", equalTo("ACKNOWLEDGED")).body("edxmlStatus", equalTo("03"))
                .body("acknowledgedVersion", equalTo(1)).body("needsAcknowledgment", equalTo(false));
        act("ubnd-halong", halong, "report", Map.of("summary", "Đã tổ chức 5 buổi tuyên truyền",
                "fields", Map.of("sessions", 5, "people_reached", 1200))).statusCode(HttpStatus.SC_OK)
                .body("status", equalTo("REPORTED"))
                .body("report.summary", equalTo("Đã tổ chức 5 buổi tuyên truyền"))
                .body("report.fields.sessions", equalTo(5)).body("report.fields.people_reached", equalTo(1200));
        act("stttt", halong, "accept", null).statusCode(HttpStatus.SC_OK)
                .body("status", equalTo("COMPLETED")).body("edxmlStatus", equalTo("06"));

        given().auth().oauth2(keycloak.accessToken("ubnd-halong")).when().get("/api/v1/deliveries/" + halong)
                .then().statusCode(HttpStatus.SC_OK)
                .body("id", equalTo(halong.toString())).body("directiveId", equalTo(directiveId.toString()))
                .body("unit", equalTo("UBND-HALONG")).body("role", equalTo("ACTION"))
                .body("reportFields.key", equalTo(List.of("sessions", "people_reached")))
                .body("document.signerName", equalTo("Nguyễn Thanh Trà"))
                .body("history.action", equalTo(List.of("ACKNOWLEDGE", "REPORT", "ACCEPT_REPORT")))
                .body("history.to", equalTo(List.of("ACKNOWLEDGED", "REPORTED", "COMPLETED")))
                .body("history.actor", equalTo(List.of("ubnd-halong", "ubnd-halong", "stttt")))
                .body("history.directiveVersion", everyItem(equalTo(1)));

        await().atMost(FAN_OUT).until(() -> transitions(published).size() >= 3);
        published.stop();
        List<ConsumerRecord<String, String>> events = transitions(published);
        assertThat(events).extracting(r -> CloudEventRecords.header(r.headers(), CloudEventHeaders.TYPE)).containsExactly(
                EventType.DELIVERY_ACKNOWLEDGED.ceType(), EventType.REPORT_SUBMITTED.ceType(), EventType.REPORT_ACCEPTED.ceType());
        assertThat(events).allSatisfy(r -> assertThat(EventSchemas.violations(
                EventType.fromCeType(CloudEventRecords.header(r.headers(), CloudEventHeaders.TYPE)).orElseThrow(), r.value())).isEmpty());
        assertThat(events.get(1).value()).contains("\"sessions\":5").contains("\"people_reached\":1200");
    }

    @Test
    void aReportOnADeliveryNotYetAcknowledgedAcknowledgesItFirst() {
        act("ubnd-campha", campha, "report", Map.of("summary", "Đã thực hiện", "fields", Map.of("sessions", 2)))
                .statusCode(HttpStatus.SC_OK).body("status", equalTo("REPORTED")).body("acknowledgedVersion", equalTo(1))
                .body("history.action", equalTo(List.of("ACKNOWLEDGE", "REPORT")))
                .body("history.from", equalTo(List.of("DELIVERED", "ACKNOWLEDGED")))
                // the letter is not sent back with each action: GET has it
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("document")))
                .body("report.fields.sessions", equalTo(2));

        assertThat(directives.outboxEvents(EventType.DELIVERY_ACKNOWLEDGED, campha)).isEqualTo(1);
        assertThat(directives.outboxEvents(EventType.REPORT_SUBMITTED, campha)).isEqualTo(1);
    }

    @Test
    void theIssuerSendsAReportBackExtendsTheDeadlineAndTheUnitReportsAgain() {
        act("ubnd-halong", halong, "report", Map.of("summary", "Lần 1", "fields", Map.of("sessions", 1))).statusCode(HttpStatus.SC_OK);

        act("stttt", halong, "request-revision", Map.of("reason", "Thiếu số người được tiếp cận")).statusCode(HttpStatus.SC_OK)
                .body("status", equalTo("REVISION_REQUESTED")).body("history[-1].reason", equalTo("Thiếu số người được tiếp cận"));
        Instant later = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        act("stttt", halong, "extend-deadline", Map.of("deadline", later.toString(), "reason", "Đơn vị xin gia hạn"))
                .statusCode(HttpStatus.SC_OK)
                .body("status", equalTo("REVISION_REQUESTED")).body("deadline", equalTo(later.toString()))
                .body("history[-1].action", equalTo("EXTEND_DEADLINE")).body("history[-1].deadline", equalTo(later.toString()));
        act("ubnd-halong", halong, "report", Map.of("summary", "Lần 2", "fields", Map.of("sessions", 1, "people_reached", 300)))
                .statusCode(HttpStatus.SC_OK).body("status", equalTo("REPORTED")).body("report.summary", equalTo("Lần 2"));

        assertThat(directives.outboxEvents(EventType.REPORT_REVISION_REQUESTED, halong)).isEqualTo(1);
        assertThat(directives.outboxEvents(EventType.DEADLINE_EXTENDED, halong)).isEqualTo(1);
    }

    @Test
    void aMisaddressedDeliveryIsReturnedWithAReasonAndThenClosed() {
        act("ubnd-campha", campha, "return", Map.of("reason", "Không thuộc thẩm quyền")).statusCode(HttpStatus.SC_OK)
                .body("status", equalTo("RETURNED")).body("edxmlStatus", equalTo("02"))
                .body("history[0].reason", equalTo("Không thuộc thẩm quyền"));

        act("ubnd-campha", campha, "acknowledge", null).statusCode(HttpStatus.SC_CONFLICT)
                .contentType("application/problem+json").body("detail", containsString("RETURNED"));
        assertThat(directives.outboxEvents(EventType.DELIVERY_RETURNED, campha)).isEqualTo(1);
    }

    @Test
    void illegalTransitionsAre409NamingTheCurrentStateAndChangeNothing() {
        act("ubnd-halong", halong, "acknowledge", null).statusCode(HttpStatus.SC_OK);

        act("ubnd-halong", halong, "acknowledge", null).statusCode(HttpStatus.SC_CONFLICT)
                .contentType("application/problem+json").body("status", equalTo(409))
                .body("detail", equalTo("The delivery is ACKNOWLEDGED: cannot acknowledge it"));
        act("stttt", halong, "accept", null).statusCode(HttpStatus.SC_CONFLICT).body("detail", containsString("ACKNOWLEDGED"));
        act("stttt", halong, "request-revision", Map.of("reason", "?")).statusCode(HttpStatus.SC_CONFLICT)
                .body("detail", containsString("ACKNOWLEDGED"));
        // the police coordinate: they acknowledge but do not report
        act("ca-tinh", deliveries.get("CA-TINH"), "report", Map.of("summary", "x")).statusCode(HttpStatus.SC_CONFLICT)
                .body("detail", containsString("DELIVERED")).body("detail", containsString("COORDINATE"));

        assertThat(directives.status(halong)).isEqualTo("ACKNOWLEDGED");
        assertThat(directives.outboxEvents(EventType.DELIVERY_ACKNOWLEDGED, halong)).isEqualTo(1);
        assertThat(directives.outboxEvents(EventType.REPORT_ACCEPTED, halong)).isZero();
    }

    @Test
    void aUnitOfficerNeverSeesNorTouchesAnotherUnitsDelivery() {
        given().auth().oauth2(keycloak.accessToken("ubnd-campha")).when().get("/api/v1/deliveries/" + halong)
                .then().statusCode(HttpStatus.SC_NOT_FOUND).contentType("application/problem+json");
        for (String action : List.of("acknowledge", "return", "report", "accept", "request-revision", "extend-deadline")) {
            act("ubnd-campha", halong, action, Map.of("reason", "x", "summary", "x", "deadline", Instant.now().plus(30, ChronoUnit.DAYS).toString()))
                    .statusCode(HttpStatus.SC_NOT_FOUND);
        }
        given().auth().oauth2(keycloak.accessToken("ubnd-campha")).when().get("/api/v1/inbox?size=1000")
                .then().statusCode(HttpStatus.SC_OK).body("items.id", not(hasItem(halong.toString())))
                .body("items.unit", everyItem(equalTo("UBND-CAMPHA")));
        given().auth().oauth2(keycloak.accessToken("ubnd-campha")).when().get("/api/v1/deliveries?directiveId=" + directiveId)
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
        assertThat(directives.status(halong)).isEqualTo("DELIVERED");
    }

    @Test
    void theIssuerSeesButCannotActForTheUnitAndTheUnitCannotActForTheIssuer() {
        given().auth().oauth2(keycloak.accessToken("stttt")).when().get("/api/v1/deliveries/" + halong)
                .then().statusCode(HttpStatus.SC_OK);
        act("stttt", halong, "acknowledge", null).statusCode(HttpStatus.SC_FORBIDDEN);
        act("ubnd-halong", halong, "report", Map.of("summary", "x", "fields", Map.of("sessions", 1))).statusCode(HttpStatus.SC_OK);
        act("ubnd-halong", halong, "accept", null).statusCode(HttpStatus.SC_FORBIDDEN);
        act("ubnd-halong", halong, "extend-deadline", Map.of("deadline", Instant.now().plus(30, ChronoUnit.DAYS).toString(), "reason", "x"))
                .statusCode(HttpStatus.SC_FORBIDDEN);
        act("operator", halong, "accept", null).statusCode(HttpStatus.SC_FORBIDDEN);
        assertThat(directives.status(halong)).isEqualTo("REPORTED");
    }

    @Test
    void theIssuerOperatorsAndAuditorsListADirectivesDeliveries() {
        for (String user : List.of("stttt", "operator", "auditor")) {
            given().auth().oauth2(keycloak.accessToken(user)).when().get("/api/v1/deliveries?directiveId=" + directiveId + "&size=2")
                    .then().statusCode(HttpStatus.SC_OK)
                    .body("total", equalTo(4)).body("size", equalTo(2)).body("page", equalTo(0)).body("items", hasSize(2))
                    .body("items[0].unit", equalTo("CA-TINH"));
        }
        given().auth().oauth2(keycloak.documentSystemToken()).when().get("/api/v1/deliveries?directiveId=" + directiveId)
                .then().statusCode(HttpStatus.SC_OK).body("total", equalTo(4));
        given().auth().oauth2(keycloak.accessToken("stttt"))
                .when().get("/api/v1/deliveries?directiveId=" + directiveId + "&status=DELIVERED&page=1&size=3")
                .then().statusCode(HttpStatus.SC_OK).body("total", equalTo(4)).body("items", hasSize(1));
        given().auth().oauth2(keycloak.accessToken("operator")).when().get("/api/v1/deliveries?directiveId=" + UUID.randomUUID())
                .then().statusCode(HttpStatus.SC_NOT_FOUND);
        given().when().get("/api/v1/deliveries?directiveId=" + directiveId).then().statusCode(HttpStatus.SC_UNAUTHORIZED);
    }

    @Test
    void theInboxIsTheCallersUnitsFilteredByStatusDueDateAndOverdue() {
        UUID late = UUID.randomUUID();
        directives.publish(kafka, EventType.DIRECTIVE_ISSUED, late, directives.issued(late, List.of(new Recipient("UBND-HALONG", Role.ACTION)),
                Instant.now().minus(1, ChronoUnit.DAYS), List.of(), "V/v đã quá hạn"), UUID.randomUUID());
        UUID lateDelivery = directives.awaitDeliveries(late, 1, FAN_OUT).get("UBND-HALONG");
        act("ubnd-halong", halong, "acknowledge", null).statusCode(HttpStatus.SC_OK);

        String token = keycloak.accessToken("ubnd-halong");
        given().auth().oauth2(token).when().get("/api/v1/inbox?size=1000")
                .then().statusCode(HttpStatus.SC_OK)
                .body("items.id", hasItem(halong.toString())).body("items.id", hasItem(lateDelivery.toString()))
                .body("items.unit", everyItem(equalTo("UBND-HALONG")));
        given().auth().oauth2(token).when().get("/api/v1/inbox?overdue=true&size=1000")
                .then().statusCode(HttpStatus.SC_OK)
                .body("items.id", hasItem(lateDelivery.toString())).body("items.id", not(hasItem(halong.toString())))
                .body("items.overdue", everyItem(equalTo(true)));
        given().auth().oauth2(token).when().get("/api/v1/inbox?status=ACKNOWLEDGED&size=1000")
                .then().statusCode(HttpStatus.SC_OK)
                .body("items.id", hasItem(halong.toString())).body("items.status", everyItem(equalTo("ACKNOWLEDGED")));
        given().auth().oauth2(token).when().get("/api/v1/inbox?size=1000&dueBefore=" + Instant.now())
                .then().statusCode(HttpStatus.SC_OK)
                .body("items.id", hasItem(lateDelivery.toString())).body("items.id", not(hasItem(halong.toString())));
    }

    @Test
    void badInputOnEveryEndpointIsA400ProblemAndStoresNothing() {
        String halongToken = keycloak.accessToken("ubnd-halong");
        long reportsBefore = directives.outboxEvents(EventType.REPORT_SUBMITTED, halong);

        report(halongToken, Map.of("fields", Map.of("sessions", 1))).statusCode(HttpStatus.SC_BAD_REQUEST)
                .body("errors.field", hasItem("summary"));
        report(halongToken, Map.of("summary", " ", "fields", Map.of("sessions", 1))).statusCode(HttpStatus.SC_BAD_REQUEST);
        report(halongToken, Map.of("summary", "x", "fields", Map.of("sessions", "năm"))).statusCode(HttpStatus.SC_BAD_REQUEST)
                .contentType("application/problem+json").body("errors.field", equalTo(List.of("fields.sessions")));
        report(halongToken, Map.of("summary", "x", "fields", Map.of("sessions", 1.5, "nope", 1))).statusCode(HttpStatus.SC_BAD_REQUEST)
                .body("errors.field", hasItem("fields.nope")).body("errors.field", hasItem("fields.sessions"));
        report(halongToken, Map.of("summary", "x")).statusCode(HttpStatus.SC_BAD_REQUEST)
                .body("errors.field", equalTo(List.of("fields.sessions")));
        given().auth().oauth2(halongToken).contentType(ContentType.JSON).body("{\"summary\": ")
                .when().post("/api/v1/deliveries/" + halong + "/report").then().statusCode(HttpStatus.SC_BAD_REQUEST);
        act("ubnd-halong", halong, "return", Map.of()).statusCode(HttpStatus.SC_BAD_REQUEST).body("errors.field", hasItem("reason"));
        act("ubnd-halong", halong, "return", Map.of("reason", "x".repeat(2001))).statusCode(HttpStatus.SC_BAD_REQUEST);
        act("ubnd-halong", halong, "acknowledge", null).statusCode(HttpStatus.SC_OK); // so the issuer's actions reach their checks
        act("ubnd-halong", halong, "report", Map.of("summary", "x", "fields", Map.of("sessions", 1))).statusCode(HttpStatus.SC_OK);
        act("stttt", halong, "request-revision", Map.of("reason", "")).statusCode(HttpStatus.SC_BAD_REQUEST);
        act("stttt", halong, "extend-deadline", Map.of("reason", "x")).statusCode(HttpStatus.SC_BAD_REQUEST)
                .body("errors.field", hasItem("deadline"));
        act("stttt", halong, "extend-deadline", Map.of("deadline", "mai", "reason", "x")).statusCode(HttpStatus.SC_BAD_REQUEST);
        act("stttt", halong, "extend-deadline", Map.of("deadline", Instant.now().plus(1, ChronoUnit.DAYS).toString()))
                .statusCode(HttpStatus.SC_BAD_REQUEST).body("errors.field", hasItem("reason"));
        act("stttt", halong, "extend-deadline", Map.of("deadline", Instant.now().minus(1, ChronoUnit.DAYS).toString(), "reason", "x"))
                .statusCode(422).body("detail", containsString("not in the future"));
        act("stttt", halong, "extend-deadline", Map.of("deadline", Instant.now().plus(1, ChronoUnit.DAYS).toString(), "reason", "x"))
                .statusCode(422).body("detail", containsString("not after the current one"));
        act("stttt", halong, "accept", Map.of("reason", "")).statusCode(HttpStatus.SC_BAD_REQUEST);

        given().auth().oauth2(halongToken).when().get("/api/v1/deliveries/not-a-uuid").then().statusCode(HttpStatus.SC_BAD_REQUEST)
                .body("errors.field", hasItem("id"));
        act("ubnd-halong", UUID.randomUUID(), "acknowledge", null).statusCode(HttpStatus.SC_NOT_FOUND);
        given().auth().oauth2(halongToken).when().get("/api/v1/inbox?status=DONE").then().statusCode(HttpStatus.SC_BAD_REQUEST)
                .body("errors.field", hasItem("status"));
        given().auth().oauth2(halongToken).when().get("/api/v1/inbox?dueBefore=tomorrow").then().statusCode(HttpStatus.SC_BAD_REQUEST)
                .body("errors.field", hasItem("dueBefore"));
        given().auth().oauth2(halongToken).when().get("/api/v1/inbox?size=1001").then().statusCode(HttpStatus.SC_BAD_REQUEST);
        given().auth().oauth2(keycloak.accessToken("operator")).when().get("/api/v1/deliveries").then().statusCode(HttpStatus.SC_BAD_REQUEST)
                .body("errors.field", hasItem("directiveId"));
        given().auth().oauth2(keycloak.accessToken("operator")).when().get("/api/v1/deliveries?directiveId=x").then()
                .statusCode(HttpStatus.SC_BAD_REQUEST);

        given().auth().oauth2(halongToken).when().get("/api/v1/deliveries/" + halong).then().statusCode(HttpStatus.SC_OK)
                .body("status", equalTo("REPORTED")).body("deadline", not(nullValue()))
                .body("history.action", equalTo(List.of("ACKNOWLEDGE", "REPORT")));
        assertThat(directives.outboxEvents(EventType.REPORT_SUBMITTED, halong)).isEqualTo(reportsBefore + 1);
        assertThat(directives.outboxEvents(EventType.DEADLINE_EXTENDED, halong)).isZero();
        assertThat(directives.outboxEvents(EventType.DELIVERY_RETURNED, halong)).isZero();
    }

    /** Ha Long's events, less its DeliveryCreated (the relay may publish it after the test started reading). */
    private List<ConsumerRecord<String, String>> transitions(ConsumerTask<String, String> published) {
        return TestDirectives.about(published, halong).stream()
                .filter(r -> !EventType.DELIVERY_CREATED.ceType().equals(CloudEventRecords.header(r.headers(), CloudEventHeaders.TYPE)))
                .toList();
    }

    private ValidatableResponse report(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/deliveries/" + halong + "/report").then();
    }

    private ValidatableResponse act(String user, UUID delivery, String action, Map<String, Object> body) {
        var request = given().auth().oauth2(keycloak.accessToken(user)).contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        return request.when().post("/api/v1/deliveries/" + delivery + "/" + action).then();
    }
}

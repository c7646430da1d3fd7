package vn.gov.directive.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.http.HttpStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;

/** Scenario 5: the rules of DESIGN §6 with real tokens, and the API's bad inputs, each storing nothing. */
class AuthorizationAndBadInputIT {

    private static final String PROBLEM = "application/problem+json";

    static Stream<String> apisOfEveryService() {
        return Stream.of(Platform.DIRECTIVES + "/api/v1/directives", Platform.DISTRIBUTION + "/api/v1/inbox",
                Platform.REPORTING + "/api/v1/overdue", Platform.NOTIFICATION + "/api/v1/notifications");
    }

    @ParameterizedTest
    @MethodSource("apisOfEveryService")
    void noTokenIsUnauthorized(String url) {
        given().when().get(url).then().statusCode(HttpStatus.SC_UNAUTHORIZED);
    }

    @Test
    void aUnitOfficerCannotIssue() {
        Platform.as("ubnd-halong").body(directive().toString())
                .when().post(Platform.DIRECTIVES + "/api/v1/directives")
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
    }

    @Test
    void anIssuerActsOnlyForItsOwnUnit() {
        ObjectNode directive = directive();
        directive.put("issuer", "SNV");
        Platform.as("stttt").body(directive.toString())
                .when().post(Platform.DIRECTIVES + "/api/v1/directives")
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
    }

    @Test
    void theDocumentSystemMayNameAnyIssuerAndAnIssuerItsOwn() {
        Platform.as("stttt").body(directive().toString())
                .when().post(Platform.DIRECTIVES + "/api/v1/directives")
                .then().statusCode(HttpStatus.SC_CREATED).body("status", equalTo("DRAFT"));
        ObjectNode forSnv = directive();
        forSnv.put("issuer", "SNV");
        forSnv.put("symbol", "SNV-VP");
        Platform.asDocumentSystem().body(forSnv.toString())
                .when().post(Platform.DIRECTIVES + "/api/v1/directives")
                .then().statusCode(HttpStatus.SC_CREATED);
    }

    @Test
    void theDocumentSystemReadsStatusBack() {
        String directiveId = Platform.issueSeedDirective(Instant.now().plus(7, ChronoUnit.DAYS)).getString("id");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() -> {
            Platform.asDocumentSystem().when().get(Platform.REPORTING + "/api/v1/compliance/" + directiveId)
                    .then().statusCode(HttpStatus.SC_OK).body("recipients", equalTo(38));
            Platform.asDocumentSystem().queryParam("directiveId", directiveId)
                    .when().get(Platform.NOTIFICATION + "/api/v1/notifications")
                    .then().statusCode(HttpStatus.SC_OK);
        });
    }

    @Test
    void onlyOperatorsChangeTheDirectory() {
        Platform.as("auditor").body("{\"groups\": [], \"units\": []}")
                .when().post(Platform.DISTRIBUTION + "/api/v1/directory/import")
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
    }

    @Test
    void unitOfficersDoNotSeeCompliance() {
        Platform.as("ubnd-halong").when().get(Platform.REPORTING + "/api/v1/compliance/" + UUID.randomUUID())
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
    }

    @Test
    void anotherUnitsDeliveryIsNotFound() {
        String directiveId = Platform.issueSeedDirective(Instant.now().plus(7, ChronoUnit.DAYS)).getString("id");
        String halongDelivery = Platform.deliveryInInbox("ubnd-halong", directiveId);

        Platform.as("ubnd-campha").when().get(Platform.DISTRIBUTION + "/api/v1/deliveries/" + halongDelivery)
                .then().statusCode(HttpStatus.SC_NOT_FOUND);
        Platform.as("ubnd-campha").when().post(Platform.DISTRIBUTION + "/api/v1/deliveries/" + halongDelivery + "/acknowledge")
                .then().statusCode(HttpStatus.SC_NOT_FOUND);
        Platform.as("ubnd-halong").when().get(Platform.DISTRIBUTION + "/api/v1/deliveries/" + halongDelivery)
                .then().statusCode(HttpStatus.SC_OK).body("unit", equalTo("UBND-HALONG"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        String marker = marker();
        Platform.as("stttt").body("{\"subject\": \"" + marker + "\", ")
                .when().post(Platform.DIRECTIVES + "/api/v1/directives")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST).contentType(PROBLEM);
        assertNothingStored(marker);
    }

    @Test
    void missingFieldsAreNamed() {
        ObjectNode directive = directive();
        directive.remove("documentType");
        directive.remove("recipients");
        Platform.as("stttt").body(directive.toString())
                .when().post(Platform.DIRECTIVES + "/api/v1/directives")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST).contentType(PROBLEM)
                .body("errors.field", hasItems("documentType", "recipients"));
        assertNothingStored(directive.get("subject").asText());
    }

    @Test
    void aStateSecretIsRefused() {
        ObjectNode directive = directive();
        directive.put("confidentiality", "MAT");
        Platform.as("stttt").body(directive.toString())
                .when().post(Platform.DIRECTIVES + "/api/v1/directives")
                .then().statusCode(422).contentType(PROBLEM);
        assertNothingStored(directive.get("subject").asText());
    }

    @Test
    void aDeadlineInThePastIsRefused() {
        ObjectNode directive = directive();
        directive.put("deadline", Instant.now().minus(1, ChronoUnit.DAYS).toString());
        Platform.as("stttt").body(directive.toString())
                .when().post(Platform.DIRECTIVES + "/api/v1/directives?issue=true")
                .then().statusCode(422).contentType(PROBLEM);
        assertNothingStored(directive.get("subject").asText());
    }

    @Test
    void theWrongContentTypeIsUnsupported() {
        ObjectNode directive = directive();
        given().auth().oauth2(Platform.KEYCLOAK.accessToken("stttt")).contentType(ContentType.TEXT).body(directive.toString())
                .when().post(Platform.DIRECTIVES + "/api/v1/directives")
                .then().statusCode(HttpStatus.SC_UNSUPPORTED_MEDIA_TYPE);
        assertNothingStored(directive.get("subject").asText());
    }

    @Test
    void aBodyOverTenMegabytesIsTooLarge() {
        ObjectNode directive = directive();
        directive.put("body", "x".repeat(11 * 1024 * 1024));
        Platform.as("stttt").body(directive.toString())
                .when().post(Platform.DIRECTIVES + "/api/v1/directives")
                .then().statusCode(HttpStatus.SC_REQUEST_TOO_LONG);
        assertNothingStored(directive.get("subject").asText());
    }

    private static ObjectNode directive() {
        ObjectNode directive = Platform.seedDirective(Instant.now().plus(7, ChronoUnit.DAYS));
        directive.put("subject", "V/v kiểm thử " + marker());
        return directive;
    }

    private static String marker() {
        return "e2e" + UUID.randomUUID().toString().replace("-", "");
    }

    private static void assertNothingStored(String subject) {
        String marker = subject.substring(subject.indexOf("e2e"));
        Platform.as("operator").queryParam("q", marker)
                .when().get(Platform.DIRECTIVES + "/api/v1/directives")
                .then().statusCode(HttpStatus.SC_OK).body("total", equalTo(0));
    }
}

package vn.gov.directive.directive.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.gov.directive.directive.Requests;
import vn.gov.directive.directive.TestDirectory;
import vn.gov.directive.testsupport.InjectKeycloak;
import vn.gov.directive.testsupport.KeycloakTokens;

/** Every refusal is application/problem+json and stores nothing. */
@QuarkusTest
class BadInputTests {

    private static final String DIRECTIVES = "/api/v1/directives";
    private static final String PROBLEM = "application/problem+json";

    @InjectKeycloak
    KeycloakTokens keycloak;

    @Inject
    TestDirectory directory;

    @Inject
    EntityManager entityManager;

    private long before;

    @BeforeEach
    void countDirectives() {
        directory.loadSeed();
        before = directives();
    }

    @Test
    void malformedJsonIs400() {
        post("{\"issuer\": \"STTTT\", ").statusCode(HttpStatus.SC_BAD_REQUEST).contentType(PROBLEM);
        assertNothingStored();
    }

    @Test
    void missingFieldsAre400NamingEach() {
        post("{}").statusCode(HttpStatus.SC_BAD_REQUEST).contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("errors.field", hasItems("issuer", "documentType", "symbol", "subject", "signer", "recipients", "body"));
        assertNothingStored();
    }

    @Test
    void invalidFieldsAre400NamingEach() {
        ObjectNode request = Requests.seed();
        request.put("issuer", "sở tttt");
        request.put("symbol", "STTTT TTBCXB");
        ((ObjectNode) request.withArray("recipients").get(0)).put("unit", "SNV");
        ((ObjectNode) request.withArray("tasks").get(1).withArray("reportFields").get(0)).remove("type");
        request.with("reminderPolicy").putArray("before").add("-P1D");

        post(Requests.json(request)).statusCode(HttpStatus.SC_BAD_REQUEST).contentType(PROBLEM)
                .body("errors.field", hasItems("issuer", "symbol", "recipients[0].groupOrUnit",
                        "tasks[1].reportFields[0].type", "reminderPolicy.positiveDurations"));
        assertNothingStored();
    }

    @Test
    void aValueOfTheWrongTypeIs400NamingTheField() {
        ObjectNode request = Requests.seed();
        request.put("urgency", "SOON");

        post(Requests.json(request)).statusCode(HttpStatus.SC_BAD_REQUEST).contentType(PROBLEM)
                .body("errors.field", hasItem("urgency"));
        assertNothingStored();
    }

    @Test
    void anUnknownFieldIs400() {
        ObjectNode request = Requests.seed();
        request.put("deadLine", "2030-01-01T00:00:00Z");

        post(Requests.json(request)).statusCode(HttpStatus.SC_BAD_REQUEST).contentType(PROBLEM)
                .body("detail", containsString("deadLine"));
        assertNothingStored();
    }

    @ParameterizedTest
    @ValueSource(strings = { "MAT", "TOI_MAT", "TUYET_MAT" })
    void stateSecretsAre422(String confidentiality) {
        ObjectNode request = Requests.seed();
        request.put("confidentiality", confidentiality);

        post(Requests.json(request), true).statusCode(422).contentType(PROBLEM)
                .body("detail", containsString(confidentiality));
        assertNothingStored();
    }

    @Test
    void aDeadlineInThePastIs422() {
        ObjectNode request = Requests.seed();
        request.put("deadline", Instant.now().minusSeconds(3600).toString());

        post(Requests.json(request), true).statusCode(422).contentType(PROBLEM)
                .body("errors.field", hasItem("deadline"));
        assertNothingStored();
    }

    @Test
    void unknownRecipientsAre422ListingEach() {
        ObjectNode request = Requests.seed();
        request.withArray("recipients").addObject().put("unit", "UBND-ATLANTIS").put("role", "ACTION");
        request.withArray("recipients").addObject().put("group", "ALL_OF_ASIA").put("role", "FOR_INFO");

        post(Requests.json(request), true).statusCode(422).contentType(PROBLEM)
                .body("detail", containsString("UBND-ATLANTIS"))
                .body("detail", containsString("ALL_OF_ASIA"))
                .body("errors.field", hasItems("recipients[7].unit", "recipients[8].group"));
        assertNothingStored();
    }

    @Test
    void anUnknownIssuerIs422() {
        post(Requests.json(Requests.from("SO-KHONG-CO", "SNV")), true, keycloak.documentSystemToken())
                .statusCode(422).contentType(PROBLEM).body("detail", containsString("SO-KHONG-CO"));
        assertNothingStored();
    }

    @Test
    void aBodyOver10MegabytesIs413() {
        ObjectNode request = Requests.seed();
        request.put("body", "a".repeat(11 * 1024 * 1024));

        // Expect: 100-continue lets the client read the refusal instead of writing 11 MB into a closed connection.
        given().config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.protocol.expect-continue", true)))
                .auth().oauth2(keycloak.accessToken("stttt")).contentType(ContentType.JSON).body(Requests.json(request))
                .when().post(DIRECTIVES)
                .then().statusCode(HttpStatus.SC_REQUEST_TOO_LONG).contentType(PROBLEM)
                .body("status", equalTo(413));
        assertNothingStored();
    }

    @Test
    void aBodyOverTheContractsLimitIs400() {
        ObjectNode request = Requests.seed();
        request.put("body", "a".repeat(5_000_001));

        post(Requests.json(request)).statusCode(HttpStatus.SC_BAD_REQUEST).contentType(PROBLEM)
                .body("errors.field", hasItem("body"));
        assertNothingStored();
    }

    @Test
    void wrongContentTypeIs415() {
        given().auth().oauth2(keycloak.accessToken("stttt")).contentType(ContentType.TEXT).body(Requests.json(Requests.seed()))
                .when().post(DIRECTIVES)
                .then().statusCode(HttpStatus.SC_UNSUPPORTED_MEDIA_TYPE).contentType(PROBLEM);
        assertNothingStored();
    }

    private ValidatableResponse post(String body) {
        return post(body, false);
    }

    private ValidatableResponse post(String body, boolean issue) {
        return post(body, issue, keycloak.accessToken("stttt"));
    }

    private ValidatableResponse post(String body, boolean issue, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).queryParam("issue", issue)
                .when().post(DIRECTIVES).then();
    }

    private void assertNothingStored() {
        assertThat(directives()).isEqualTo(before);
    }

    private long directives() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from directive").getSingleResult()).longValue());
    }
}

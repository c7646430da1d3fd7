package vn.gov.directive.directive.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.gov.directive.directive.Requests;
import vn.gov.directive.directive.TestDirectory;
import vn.gov.directive.testsupport.InjectKeycloak;
import vn.gov.directive.testsupport.KeycloakTokens;

/** Hostile input over HTTP with real tokens: 400 or 401 with problem+json, fast, and nothing stored. */
@QuarkusTest
class HostileInputTests {

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
    void aSubjectWithLineBreaksOrControlCharactersIs400NamingTheField() {
        for (String subject : List.of("V/v tuyên truyền\r\nBcc: evil@example.com", "V/v\ttuyên truyền", "V/v \u0007", "V/v \u202Etxt.exe",
                "V/v \u0085")) {
            ObjectNode request = Requests.seed();
            request.put("subject", subject);
            post(Requests.json(request)).statusCode(HttpStatus.SC_BAD_REQUEST).contentType(PROBLEM)
                    .body("errors.field", hasItem("subject")).body("errors.message[0]", containsString("U+"));
        }
        assertNothingStored();
    }

    @Test
    void otherOneLineFieldsAreHeldToTheSameRule() {
        ObjectNode request = Requests.seed();
        request.with("signer").put("name", "Nguyễn\nVăn A");
        request.put("place", "Quảng\u0000Ninh");
        request.withArray("archive").add("VT\r\n");
        post(Requests.json(request)).statusCode(HttpStatus.SC_BAD_REQUEST).contentType(PROBLEM)
                .body("errors.field", hasItem("signer.name")).body("errors.field", hasItem("place"));
        assertNothingStored();
    }

    @Test
    void theBodyKeepsItsLineBreaksButRefusesOtherControlCharacters() {
        ObjectNode request = Requests.seed();
        request.put("body", "Kính gửi:\r\n\t- Các sở, ban, ngành\n\u001B[2J");
        post(Requests.json(request)).statusCode(HttpStatus.SC_BAD_REQUEST).body("errors.field", hasItem("body"));
        assertNothingStored();
        ObjectNode fine = Requests.seed();
        fine.put("body", "Kính gửi:\r\n\t- Các sở, ban, ngành\n- UBND các huyện");
        post(Requests.json(fine)).statusCode(HttpStatus.SC_CREATED);
        assertThat(directives()).isEqualTo(before + 1);
    }

    @Test
    void aRecallReasonIsOneLine() {
        String id = post(Requests.json(Requests.seed())).statusCode(HttpStatus.SC_CREATED).extract().path("id");
        given().auth().oauth2(keycloak.accessToken("stttt")).contentType(ContentType.JSON).body("{\"reason\": \"Thu hồi\\r\\nvì\"}")
                .when().post(DIRECTIVES + "/" + id + "/recall").then().statusCode(HttpStatus.SC_BAD_REQUEST)
                .body("errors.field", hasItem("reason"));
    }

    @Test
    void pageAndSizeOutOfRangeAre400OnEveryList() {
        String token = keycloak.accessToken("stttt");
        for (String list : List.of(DIRECTIVES, DIRECTIVES + "/" + UUID.randomUUID() + "/recipients")) {
            badRequest(token, list + "?page=3000000&size=1000").body("errors.field", hasItem("page"));
            badRequest(token, list + "?page=-1").body("errors.field", hasItem("page"));
            badRequest(token, list + "?size=0").body("errors.field", hasItem("size"));
            badRequest(token, list + "?size=1001").body("errors.field", hasItem("size"));
            badRequest(token, list + "?page=abc");
        }
        given().auth().oauth2(token).when().get(DIRECTIVES + "?page=1000&size=1000").then().statusCode(HttpStatus.SC_OK)
                .body("page", equalTo(1000));
    }

    @Test
    void deeplyNestedJsonIsRefusedBeforeItIsParsedInFull() {
        String hostile = "{\"issuer\": \"STTTT\", \"tasks\": [{\"reportFields\": " + "[".repeat(200_000) + "]".repeat(200_000) + "}]}";
        String token = keycloak.accessToken("stttt");
        post("{\"tasks\": [[]]}", token).statusCode(HttpStatus.SC_BAD_REQUEST); // warms the path up: what is timed is the refusal
        long start = System.nanoTime();
        // typed records stop at the first token that does not fit (malformed-json); free-form depth stops at the limit (json-limits)
        post(hostile, token).statusCode(HttpStatus.SC_BAD_REQUEST).contentType(PROBLEM)
                .body("type", anyOf(containsString("json-limits"), containsString("malformed-json")));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10)); // measured 0.5-3.4 s here, on a machine shared with four other builds
        assertNothingStored();
    }

    @Test
    void anIdTokenOrATokenForAnotherAudienceIs401() {
        given().auth().oauth2(keycloak.idToken("stttt")).when().get(DIRECTIVES).then().statusCode(HttpStatus.SC_UNAUTHORIZED);
        given().auth().oauth2(keycloak.accessTokenForAnotherAudience("stttt")).when().get(DIRECTIVES).then()
                .statusCode(HttpStatus.SC_UNAUTHORIZED);
        post(Requests.json(Requests.seed()), keycloak.idToken("stttt")).statusCode(HttpStatus.SC_UNAUTHORIZED);
        assertNothingStored();
        given().auth().oauth2(keycloak.accessToken("stttt")).when().get(DIRECTIVES).then().statusCode(HttpStatus.SC_OK);
        given().auth().oauth2(keycloak.documentSystemToken()).when().get(DIRECTIVES).then().statusCode(HttpStatus.SC_OK);
    }

    private ValidatableResponse badRequest(String token, String path) {
        return given().auth().oauth2(token).when().get(path).then().statusCode(HttpStatus.SC_BAD_REQUEST).contentType(PROBLEM);
    }

    private ValidatableResponse post(String body) {
        return post(body, keycloak.accessToken("stttt"));
    }

    private ValidatableResponse post(String body, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(DIRECTIVES).then();
    }

    private void assertNothingStored() {
        assertThat(directives()).isEqualTo(before);
    }

    private long directives() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from directive").getSingleResult()).longValue());
    }
}

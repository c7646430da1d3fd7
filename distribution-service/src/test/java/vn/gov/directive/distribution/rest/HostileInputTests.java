package vn.gov.directive.distribution.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import vn.gov.directive.distribution.TestDirectives;
import vn.gov.directive.events.EventType;
import vn.gov.directive.events.Recipient;
import vn.gov.directive.events.Role;
import vn.gov.directive.testsupport.InjectKafkaCompanion;
import vn.gov.directive.testsupport.InjectKeycloak;
import vn.gov.directive.testsupport.KeycloakTokens;

/** Hostile input over HTTP, with real tokens: refused fast with problem+json, and nothing changes. */
@QuarkusTest
class HostileInputTests {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectKeycloak
    KeycloakTokens keycloak;

    @Inject
    TestDirectives directives;

    private UUID directiveId;
    private UUID halong;

    @BeforeEach
    void issueDirective() {
        directiveId = UUID.randomUUID();
        directives.publish(kafka, EventType.DIRECTIVE_ISSUED, directiveId, directives.issued(directiveId,
                List.of(new Recipient("UBND-HALONG", Role.ACTION)), Instant.now().plus(10, ChronoUnit.DAYS), List.of(),
                "V/v thử dữ liệu xấu"), UUID.randomUUID());
        halong = directives.awaitDeliveries(directiveId, 1, Duration.ofSeconds(60)).get("UBND-HALONG");
    }

    @Test
    void pageAndSizeOutOfRangeAre400NamingTheFieldOnEveryList() {
        String officer = keycloak.accessToken("ubnd-halong");
        String operator = keycloak.accessToken("operator");
        for (String list : List.of("/api/v1/inbox", "/api/v1/units", "/api/v1/deliveries?directiveId=" + directiveId)) {
            String token = list.startsWith("/api/v1/inbox") ? officer : operator;
            String join = list.contains("?") ? "&" : "?";
            badRequest(token, list + join + "page=3000000&size=1000").body("errors.field", hasItem("page"));
            badRequest(token, list + join + "page=-1").body("errors.field", hasItem("page"));
            badRequest(token, list + join + "size=0").body("errors.field", hasItem("size"));
            badRequest(token, list + join + "size=1001").body("errors.field", hasItem("size"));
            badRequest(token, list + join + "page=abc");
            badRequest(token, list + join + "size=99999999999");
            given().auth().oauth2(token).when().get(list + join + "page=1000&size=1000").then().statusCode(HttpStatus.SC_OK)
                    .body("page", equalTo(1000));
        }
    }

    @Test
    void aReasonWithLineBreaksOrControlCharactersIs400NamingTheFieldAndChangesNothing() {
        for (String reason : List.of("Gửi nhầm\r\nBcc: evil@example.com", "Gửi\tnhầm", "Gửi nhầm\u0000", "UBND\u202Egnolah")) {
            given().auth().oauth2(keycloak.accessToken("ubnd-halong")).contentType(ContentType.JSON).body(Map.of("reason", reason))
                    .when().post("/api/v1/deliveries/" + halong + "/return").then().statusCode(HttpStatus.SC_BAD_REQUEST)
                    .contentType("application/problem+json").body("errors.field", hasItem("reason"))
                    .body("errors.message[0]", containsString("U+"));
        }
        given().auth().oauth2(keycloak.accessToken("ubnd-halong")).when().get("/api/v1/deliveries/" + halong).then()
                .statusCode(HttpStatus.SC_OK).body("status", equalTo("DELIVERED"));
    }

    @Test
    void aReportSummaryKeepsItsLineBreaksButNotOtherControlCharacters() {
        given().auth().oauth2(keycloak.accessToken("ubnd-halong")).contentType(ContentType.JSON)
                .body(Map.of("summary", "Đã triển khai.\u001B[31m")).when().post("/api/v1/deliveries/" + halong + "/report")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST).body("errors.field", hasItem("summary"));
        given().auth().oauth2(keycloak.accessToken("ubnd-halong")).contentType(ContentType.JSON)
                .body(Map.of("summary", "Đã triển khai:\r\n\t- tuyên truyền\n- báo cáo")).when()
                .post("/api/v1/deliveries/" + halong + "/report").then().statusCode(HttpStatus.SC_OK).body("status", equalTo("REPORTED"));
    }

    @Test
    void aDirectoryFileWithAControlCharacterInANameIs400NamingTheField() {
        String file = "{\"groups\": [], \"units\": [{\"code\": \"UBND-X\", \"name\": \"Ủy ban\\nnhân dân\", \"kind\": \"DISTRICT_PC\"}]}";
        given().auth().oauth2(keycloak.accessToken("operator")).contentType(ContentType.JSON).body(file)
                .when().post("/api/v1/directory/import").then().statusCode(HttpStatus.SC_BAD_REQUEST)
                .contentType("application/problem+json").body("errors.field", hasItem("units[0].name"));
    }

    @Test
    void deeplyNestedJsonIsRefusedBeforeItIsParsedInFull() {
        String hostile = "{\"summary\": \"x\", \"fields\": {\"a\": " + "[".repeat(500_000) + "]".repeat(500_000) + "}}";
        String token = keycloak.accessToken("ubnd-halong");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"summary\": [[]]}").when()
                .post("/api/v1/deliveries/" + halong + "/report").then().statusCode(HttpStatus.SC_BAD_REQUEST); // warm-up
        long start = System.nanoTime();
        given().auth().oauth2(token).contentType(ContentType.JSON).body(hostile)
                .when().post("/api/v1/deliveries/" + halong + "/report").then().statusCode(HttpStatus.SC_BAD_REQUEST)
                .contentType("application/problem+json").body("type", containsString("json-limits"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10)); // measured 0.5-3.4 s here, on a machine shared with four other builds
        String deeperThanTheLimit = "{\"summary\": \"x\", \"fields\": {\"a\": " + "[".repeat(40) + "]".repeat(40) + "}}";
        given().auth().oauth2(keycloak.accessToken("ubnd-halong")).contentType(ContentType.JSON).body(deeperThanTheLimit)
                .when().post("/api/v1/deliveries/" + halong + "/report").then().statusCode(HttpStatus.SC_BAD_REQUEST)
                .body("type", containsString("json-limits")).body("detail", containsString("nesting depth"));
        given().auth().oauth2(keycloak.accessToken("ubnd-halong")).when().get("/api/v1/deliveries/" + halong).then()
                .statusCode(HttpStatus.SC_OK).body("status", equalTo("DELIVERED"));
    }

    @Test
    void onlyAnAccessTokenForThePlatformOpensTheApi() {
        given().auth().oauth2(keycloak.accessToken("ubnd-halong")).when().get("/api/v1/inbox").then().statusCode(HttpStatus.SC_OK);
        given().auth().oauth2(keycloak.idToken("ubnd-halong")).when().get("/api/v1/inbox").then()
                .statusCode(HttpStatus.SC_UNAUTHORIZED);
        given().auth().oauth2(keycloak.accessTokenForAnotherAudience("ubnd-halong")).when().get("/api/v1/inbox").then()
                .statusCode(HttpStatus.SC_UNAUTHORIZED);
        given().auth().oauth2(keycloak.idToken("ubnd-halong")).contentType(ContentType.JSON).when()
                .post("/api/v1/deliveries/" + halong + "/acknowledge").then().statusCode(HttpStatus.SC_UNAUTHORIZED);
        given().auth().oauth2(keycloak.accessToken("ubnd-halong")).when().get("/api/v1/deliveries/" + halong).then()
                .statusCode(HttpStatus.SC_OK).body("status", equalTo("DELIVERED"));
    }

    private ValidatableResponse badRequest(String token, String path) {
        return given().auth().oauth2(token).when().get(path).then().statusCode(HttpStatus.SC_BAD_REQUEST)
                .contentType("application/problem+json");
    }
}

package vn.gov.directive.distribution.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.http.HttpStatus;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import vn.gov.directive.distribution.TestDirectives;
import vn.gov.directive.events.EventType;
import vn.gov.directive.events.Recipient;
import vn.gov.directive.events.Role;
import vn.gov.directive.testsupport.CapturedLog;
import vn.gov.directive.testsupport.InjectKafkaCompanion;
import vn.gov.directive.testsupport.InjectKeycloak;
import vn.gov.directive.testsupport.KeycloakTokens;

/** Every refused request leaves one line in the "audit" log: who, which unit, method, path, outcome. */
@QuarkusTest
class RefusalLogTests {

    private static final Duration LOGGED = Duration.ofSeconds(10);

    @InjectKeycloak
    KeycloakTokens keycloak;

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    TestDirectives directives;

    @Test
    void aRequestWithoutATokenIsLoggedAsUnauthenticated() {
        try (CapturedLog audit = CapturedLog.of("audit")) {
            given().when().get("/api/v1/inbox").then().statusCode(HttpStatus.SC_UNAUTHORIZED);
            given().header("Authorization", "Bearer not.a.token").when().get("/api/v1/units")
                    .then().statusCode(HttpStatus.SC_UNAUTHORIZED);

            awaitLine(audit, "refused status=401 outcome=unauthenticated user=- unit=- method=GET path=/api/v1/inbox");
            awaitLine(audit, "refused status=401 outcome=unauthenticated user=- unit=- method=GET path=/api/v1/units");
        }
    }

    @Test
    void aRefusedRoleIsLoggedWithTheUserAndItsUnit() {
        try (CapturedLog audit = CapturedLog.of("audit")) {
            given().auth().oauth2(keycloak.accessToken("ubnd-halong")).contentType(ContentType.JSON).body("{\"groups\":[],\"units\":[]}")
                    .when().post("/api/v1/directory/import")
                    .then().statusCode(HttpStatus.SC_FORBIDDEN);

            awaitLine(audit, "refused status=403 outcome=forbidden user=ubnd-halong unit=UBND-HALONG method=POST path=/api/v1/directory/import");
        }
    }

    @Test
    void anotherUnitsDeliveryAnswersAsMissingButIsLoggedAsARefusal() {
        UUID directiveId = UUID.randomUUID();
        directives.publish(kafka, EventType.DIRECTIVE_ISSUED, directiveId, directives.issued(directiveId,
                List.of(new Recipient("UBND-HALONG", Role.ACTION)), Instant.now().plus(Duration.ofDays(7)), List.of(),
                "V/v kiểm tra nhật ký từ chối"), UUID.randomUUID());
        UUID halongs = directives.awaitDeliveries(directiveId, 1, Duration.ofSeconds(60)).get("UBND-HALONG");
        UUID missing = UUID.randomUUID();
        String campha = keycloak.accessToken("ubnd-campha");

        try (CapturedLog audit = CapturedLog.of("audit")) {
            String hidden = given().auth().oauth2(campha).when().get("/api/v1/deliveries/" + halongs)
                    .then().statusCode(HttpStatus.SC_NOT_FOUND).contentType("application/problem+json").extract().asString();
            String absent = given().auth().oauth2(campha).when().get("/api/v1/deliveries/" + missing)
                    .then().statusCode(HttpStatus.SC_NOT_FOUND).extract().asString();
            // The caller cannot tell another unit's delivery from one that does not exist.
            assertThat(hidden.replace(halongs.toString(), "ID")).isEqualTo(absent.replace(missing.toString(), "ID"));

            awaitLine(audit, "refused status=404 outcome=hidden-not-found user=ubnd-campha unit=UBND-CAMPHA method=GET path=/api/v1/deliveries/" + halongs);
            // A delivery that does not exist is not a refusal; the halong officer's own read is none either.
            given().auth().oauth2(keycloak.accessToken("ubnd-halong")).when().get("/api/v1/deliveries/" + halongs)
                    .then().statusCode(HttpStatus.SC_OK);
            given().auth().oauth2(keycloak.accessToken("ubnd-campha")).when().post("/api/v1/deliveries/" + halongs + "/acknowledge")
                    .then().statusCode(HttpStatus.SC_NOT_FOUND);
            awaitLine(audit, "refused status=404 outcome=hidden-not-found user=ubnd-campha unit=UBND-CAMPHA method=POST path=/api/v1/deliveries/"
                    + halongs + "/acknowledge");
            // The portal's page answers the same refusal with its own error page, and it is logged too.
            given().auth().oauth2(campha).when().get("/portal/deliveries/" + halongs)
                    .then().statusCode(HttpStatus.SC_NOT_FOUND);
            awaitLine(audit, "refused status=404 outcome=hidden-not-found user=ubnd-campha unit=UBND-CAMPHA method=GET path=/portal/deliveries/"
                    + halongs);
            assertThat(audit.messages()).noneMatch(m -> m.contains(missing.toString()))
                    .noneMatch(m -> m.contains("user=ubnd-halong") && m.contains(halongs.toString()));
        }
    }

    private static void awaitLine(CapturedLog audit, String line) {
        await().atMost(LOGGED).untilAsserted(() -> assertThat(audit.messages()).contains(line));
    }
}

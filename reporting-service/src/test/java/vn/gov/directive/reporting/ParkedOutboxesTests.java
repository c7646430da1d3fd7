package vn.gov.directive.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import vn.gov.directive.testsupport.InjectKeycloak;
import vn.gov.directive.testsupport.KeycloakTokens;

/**
 * The operations view shows each publishing service's parked outbox rows, read over HTTP with the
 * operator's token. The services here are this very service (it has an outbox and the parked-rows
 * resource of platform-common) and one that does not answer.
 */
@QuarkusTest
@TestProfile(ParkedOutboxesTests.PointedAtItself.class)
class ParkedOutboxesTests {

    public static class PointedAtItself implements QuarkusTestProfile {
        private static final int PORT = freePort();

        @Override
        public Map<String, String> getConfigOverrides() {
            String self = "http://127.0.0.1:" + PORT;
            return Map.of("quarkus.http.test-port", String.valueOf(PORT),
                    "reporting.parked-outboxes.services.directive-service", self,
                    "reporting.parked-outboxes.services.notification-service", self,
                    "reporting.parked-outboxes.services.distribution-service", "http://127.0.0.1:" + freePort(),
                    "reporting.parked-outboxes.timeout", "2s");
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @InjectKeycloak
    KeycloakTokens keycloak;

    @Inject
    EntityManager entityManager;

    @Test
    void theViewListsEachServicesParkedRowsAndNamesAServiceItCannotRead() {
        String key = "parked-" + UUID.randomUUID();
        long id = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                insert into outbox_event (event_id, topic, message_key, ce_type, ce_subject, ce_time, payload, failed_at, failure)
                values (?1, 'directive-events', ?2, 'vn.gov.directive.DirectiveIssued.v1', ?2, now(), '{}', now(),
                        'RecordTooLargeException: too large') returning id""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, key).getSingleResult()).longValue());

        JsonPath view = given().auth().oauth2(keycloak.accessToken("operator")).when().get("/api/v1/ops/parked-outbox-rows")
                .then().statusCode(200).extract().jsonPath();

        List<Map<String, Object>> services = view.getList("$");
        assertThat(services).extracting(s -> s.get("service"))
                .containsExactly("directive-service", "distribution-service", "notification-service");
        Map<String, Object> directive = services.get(0);
        assertThat(directive.get("error")).isNull();
        assertThat(((Number) directive.get("total")).longValue()).isGreaterThanOrEqualTo(1);
        assertThat(view.getList("[0].rows.id", Long.class)).contains(id);
        assertThat(view.getList("[0].rows.failure", String.class)).contains("RecordTooLargeException: too large");
        assertThat((String) services.get(1).get("error")).isNotBlank();

        given().auth().oauth2(keycloak.accessToken("auditor")).when().get("/api/v1/ops/parked-outbox-rows").then().statusCode(403);
    }
}

package vn.gov.directive.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import vn.gov.directive.testsupport.InjectKeycloak;
import vn.gov.directive.testsupport.KeycloakTokens;

/**
 * The operations view shows each publishing service's parked outbox rows, read over HTTP with the
 * operator's token. reporting-service publishes nothing, so it has no outbox of its own to ask:
 * the publishers here are a small HTTP server answering platform-common's parked-rows resource
 * (to the operator's token only) and one address where nothing answers.
 */
@QuarkusTest
@TestProfile(ParkedOutboxesTests.TwoPublishers.class)
class ParkedOutboxesTests {

    public static class TwoPublishers implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PublisherAnsweringOperators.class));
        }
    }

    /** A publishing service's {@code GET /api/v1/outbox/parked} with one parked row, 401 unless the token is the operator's. */
    public static class PublisherAnsweringOperators implements QuarkusTestResourceLifecycleManager {
        static final String PAGE = """
                {"items": [{"id": 41, "eventId": "6f1c3b0e-8a4d-4c2e-9b1a-2d3e4f5a6b7c", "topic": "directive-events",
                  "key": "d-41", "ceType": "vn.gov.directive.DirectiveIssued.v1", "createdAt": "2024-05-02T01:00:00Z",
                  "parkedAt": "2024-05-02T01:00:01Z", "failure": "RecordTooLargeException: too large",
                  "payloadChars": 9000000, "waitingBehind": 2}], "page": 1, "size": 50, "total": 1}""";

        private HttpServer server;

        @Override
        public Map<String, String> start() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/api/v1/outbox/parked", PublisherAnsweringOperators::answer);
            server.start();
            String publisher = "http://127.0.0.1:" + server.getAddress().getPort();
            return Map.of("reporting.parked-outboxes.services.directive-service", publisher,
                    "reporting.parked-outboxes.services.notification-service", publisher,
                    "reporting.parked-outboxes.services.distribution-service", "http://127.0.0.1:" + closedPort(),
                    "reporting.parked-outboxes.timeout", "2s");
        }

        @Override
        public void stop() {
            server.stop(0);
        }

        private static void answer(HttpExchange exchange) throws IOException {
            boolean operator = operatorToken(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = (operator ? PAGE : "{}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(operator ? 200 : 401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        }

        /** The token's own claims (the stub trusts reporting to have checked the signature). */
        private static boolean operatorToken(String authorization) {
            if (authorization == null || !authorization.startsWith("Bearer ")) {
                return false;
            }
            String[] parts = authorization.substring("Bearer ".length()).split("\\.");
            return parts.length == 3 && new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                    .contains("\"preferred_username\":\"operator\"");
        }

        private static int closedPort() {
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
    void theViewListsEachPublishersParkedRowsWithTheOperatorsTokenAndNamesAServiceItCannotRead() {
        JsonPath view = given().auth().oauth2(keycloak.accessToken("operator")).when().get("/api/v1/ops/parked-outbox-rows")
                .then().statusCode(200).extract().jsonPath();

        List<Map<String, Object>> services = view.getList("$");
        assertThat(services).extracting(s -> s.get("service"))
                .containsExactly("directive-service", "distribution-service", "notification-service");
        for (int publisher : new int[] { 0, 2 }) {
            assertThat(services.get(publisher).get("error")).isNull();
            assertThat(((Number) services.get(publisher).get("total")).longValue()).isEqualTo(1);
            assertThat(view.getList("[" + publisher + "].rows.id", Long.class)).containsExactly(41L);
            assertThat(view.getList("[" + publisher + "].rows.failure", String.class))
                    .containsExactly("RecordTooLargeException: too large");
            assertThat(view.getList("[" + publisher + "].rows.waitingBehind", Long.class)).containsExactly(2L);
        }
        assertThat((String) services.get(1).get("error")).isNotBlank();

        given().auth().oauth2(keycloak.accessToken("auditor")).when().get("/api/v1/ops/parked-outbox-rows").then().statusCode(403);
    }

    @Test
    void reportingPublishesNothingSoItHasNoOutboxNoParkedRowsAndNoRelayMetrics() {
        Object outboxTable = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select cast(to_regclass('outbox_event') as text)").getSingleResult());
        assertThat(outboxTable).isNull();

        given().auth().oauth2(keycloak.accessToken("operator")).when().get("/api/v1/outbox/parked").then().statusCode(404);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(Matchers.containsString("jvm_memory_used_bytes"), not(Matchers.containsString("outbox_")));
    }
}

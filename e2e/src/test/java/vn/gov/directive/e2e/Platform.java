package vn.gov.directive.e2e;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.apache.http.HttpStatus;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import vn.gov.directive.common.ports.LocalPorts;
import vn.gov.directive.testsupport.ComponentAddresses;
import vn.gov.directive.testsupport.GreenMailClient;
import vn.gov.directive.testsupport.KeycloakTokens;

/**
 * The running platform as its users reach it: the four services' public APIs, real Keycloak
 * tokens and the mail server's HTTP API. Addresses are those of deploy/local/platform up.
 */
final class Platform {

    static final String DIRECTIVES = env("PLATFORM_DIRECTIVE_URL", LocalPorts.http("directive-service"));
    static final String DISTRIBUTION = env("PLATFORM_DISTRIBUTION_URL", LocalPorts.http("distribution-service"));
    static final String REPORTING = env("PLATFORM_REPORTING_URL", LocalPorts.http("reporting-service"));
    static final String NOTIFICATION = env("PLATFORM_NOTIFICATION_URL", LocalPorts.http("notification-service"));

    static final KeycloakTokens KEYCLOAK = new KeycloakTokens(ComponentAddresses.realm());
    static final GreenMailClient MAIL = new GreenMailClient(ComponentAddresses.mailApi());

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SEED_DIRECTIVE = Path.of("../deploy/seed/directive-STTTT-2024-04.json");

    private Platform() {
    }

    static RequestSpecification as(String username) {
        return given().auth().oauth2(fresh("user:" + username, t -> t.accessToken(username))).contentType(ContentType.JSON);
    }

    static RequestSpecification asDocumentSystem() {
        return given().auth().oauth2(fresh("client", KeycloakTokens::documentSystemToken)).contentType(ContentType.JSON);
    }

    /**
     * A token at most 10 minutes old (they live 30 and the fault suite runs longer); while
     * Keycloak is down (a scenario stops it) the last one is used as long as it lives.
     */
    private static String fresh(String key, java.util.function.Function<KeycloakTokens, String> take) {
        Issued issued = TOKENS.get(key);
        if (issued == null || issued.at().isBefore(Instant.now().minus(Duration.ofMinutes(10)))) {
            try {
                issued = new Issued(take.apply(new KeycloakTokens(ComponentAddresses.realm())), Instant.now());
                TOKENS.put(key, issued);
            } catch (RuntimeException e) {
                if (issued == null) {
                    throw e;
                }
            }
        }
        return issued.token();
    }

    private record Issued(String token, Instant at) {
    }

    private static final Map<String, Issued> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The seed directive with a fresh externalRef (so the suite can run twice) and the given deadline. */
    static ObjectNode seedDirective(Instant deadline) {
        try {
            ObjectNode directive = (ObjectNode) JSON.readTree(Files.readString(SEED_DIRECTIVE));
            directive.put("externalRef", "E2E-" + UUID.randomUUID());
            directive.put("deadline", deadline.toString());
            return directive;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Issues the seed directive at once as the document system; answers the issued directive. */
    static JsonPath issueSeedDirective(Instant deadline) {
        return asDocumentSystem().body(seedDirective(deadline).toString())
                .when().post(DIRECTIVES + "/api/v1/directives?issue=true")
                .then().statusCode(Matchers.oneOf(HttpStatus.SC_OK, HttpStatus.SC_CREATED))
                .body("status", Matchers.equalTo("ISSUED"))
                .extract().jsonPath();
    }

    /** The officer's delivery of a directive, found in its own inbox once the fan-out reached it. */
    static String deliveryInInbox(String officer, String directiveId) {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> as(officer).queryParam("size", 1000)
                .when().get(DISTRIBUTION + "/api/v1/inbox")
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath().<Map<String, Object>>getList("items").stream()
                .filter(d -> directiveId.equals(d.get("directiveId"))).map(d -> (String) d.get("id")).findFirst().orElse(null),
                id -> id != null);
    }

    static String email(String unitCode) {
        return unitCode.toLowerCase() + "@quangninh.example";
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

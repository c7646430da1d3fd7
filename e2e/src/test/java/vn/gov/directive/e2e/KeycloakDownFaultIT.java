package vn.gov.directive.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.http.HttpStatus;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.gov.directive.testsupport.ComponentAddresses;
import vn.gov.directive.testsupport.KeycloakTokens;

/**
 * Keycloak stopped while a directive goes to 2,000 units: tokens issued before keep working (the
 * services verify them with the keys they already hold), a new sign-in on each service's pages
 * gets a Vietnamese page at once (no redirect into nothing, nothing hangs), and the directive
 * flows in full. Keycloak is started again at the end. Destructive for everything using Keycloak.
 * Run alone: mvn -Pe2e -pl e2e verify -Dit.test=KeycloakDownFaultIT
 */
class KeycloakDownFaultIT extends FaultScenario {

    private static final List<String> PAGES = List.of(Platform.DIRECTIVES + "/clerk", Platform.DISTRIBUTION + "/portal",
            Platform.REPORTING + "/dashboard");

    @Test
    void withKeycloakDownIssuedTokensWorkNewSignInsGetAPageAndTheDirectiveFlows() {
        // Fresh tokens (a whole run may outlast the first ones), taken while Keycloak is up.
        KeycloakTokens tokens = new KeycloakTokens(ComponentAddresses.realm());
        String documentSystem = tokens.documentSystemToken();
        String operator = tokens.accessToken("operator");
        Faults.stop("keycloak");
        Instant down = Instant.now();
        try {
            given().auth().oauth2(operator).when().get(Platform.DISTRIBUTION + "/api/v1/units?size=1")
                    .then().statusCode(HttpStatus.SC_OK);
            for (String page : PAGES) {
                await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> signInUnavailable(page));
            }
            fanOut = FanOut.issue(BigGroup.get(), given().auth().oauth2(documentSystem).contentType(ContentType.JSON));
            fanOut.settle("KeycloakDownFaultIT", "Keycloak stopped for the whole fan-out (tokens issued before)", down, 0);
        } finally {
            Faults.start("keycloak");
        }
        for (String page : PAGES) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().redirects().follow(false).when().get(page)
                    .then().statusCode(HttpStatus.SC_MOVED_TEMPORARILY));
        }
    }

    private static void signInUnavailable(String page) {
        long start = System.nanoTime();
        Response answer = given().redirects().follow(false).when().get(page);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("%s answers at once", page).isLessThan(Duration.ofSeconds(3));
        answer.then().statusCode(HttpStatus.SC_SERVICE_UNAVAILABLE)
                .contentType(Matchers.containsString("text/html"))
                .body(Matchers.containsString("Tạm thời chưa đăng nhập được"));
    }
}

package vn.gov.directive.distribution.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.Map;

import org.apache.http.HttpStatus;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * Keycloak not answering (its availability is asked of a port where nothing listens): a page
 * without a session gets the Vietnamese "sign-in unavailable" page at once, never a redirect into
 * nothing; the API still answers 401 to a request without a token.
 */
@QuarkusTest
@TestProfile(SignInUnavailableTests.KeycloakAway.class)
class SignInUnavailableTests {

    public static class KeycloakAway implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("platform.sign-in.probe-url", "http://127.0.0.1:1/realms/directives/.well-known/openid-configuration",
                    "platform.sign-in.check-every", "1s");
        }
    }

    @Test
    void aNewSignInGetsAVietnamesePageAtOnceWhileKeycloakIsAway() {
        await().atMost(Duration.ofSeconds(30)).until(() -> given().redirects().follow(false)
                .when().get("/portal").statusCode() == HttpStatus.SC_SERVICE_UNAVAILABLE);
        long start = System.nanoTime();
        Response page = given().redirects().follow(false).when().get("/portal/deliveries/00000000-0000-0000-0000-000000000001");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        page.then().statusCode(HttpStatus.SC_SERVICE_UNAVAILABLE)
                .contentType(containsString("text/html"))
                .header("Retry-After", "30")
                .body(containsString("Tạm thời chưa đăng nhập được"), containsString("Những người đã đăng nhập vẫn làm việc bình thường"));

        given().redirects().follow(false).when().get("/api/v1/inbox")
                .then().statusCode(HttpStatus.SC_UNAUTHORIZED).header("WWW-Authenticate", startsWith("Bearer"));
    }
}

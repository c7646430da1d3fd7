package vn.gov.directive.directive.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.gov.directive.directive.Requests;
import vn.gov.directive.directive.TestDirectory;
import vn.gov.directive.testsupport.InjectKeycloak;
import vn.gov.directive.testsupport.KeycloakTokens;

/** The issuer's register under concurrency: no gap, no duplicate. */
@QuarkusTest
class NumberingTests {

    private static final int CONCURRENT = 50;

    @InjectKeycloak
    KeycloakTokens keycloak;

    @Inject
    TestDirectory directory;

    @BeforeEach
    void seedDirectory() {
        directory.loadSeed();
    }

    @Test
    void fiftyConcurrentIssuesGetExactlyOneToFifty() throws Exception {
        String issuer = directory.newIssuer(); // a register of its own, starting at 1
        String token = keycloak.documentSystemToken();
        List<Callable<Response>> issues = new ArrayList<>();
        for (int i = 0; i < CONCURRENT; i++) {
            issues.add(() -> given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Requests.json(Requests.from(issuer, "SNV", "UBND-HALONG"))).queryParam("issue", true)
                    .when().post("/api/v1/directives"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
        List<Response> responses = new ArrayList<>();
        for (Future<Response> answer : pool.invokeAll(issues)) {
            responses.add(answer.get());
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(responses).extracting(Response::statusCode).containsOnly(HttpStatus.SC_CREATED);
        List<String> numbers = responses.stream().map(r -> r.<String>path("number")).toList();
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1, CONCURRENT).mapToObj(n -> n + "/" + issuer + "-VP").toList());
    }
}

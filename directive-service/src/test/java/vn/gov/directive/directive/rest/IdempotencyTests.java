package vn.gov.directive.directive.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.gov.directive.directive.Requests;
import vn.gov.directive.directive.TestDirectory;
import vn.gov.directive.testsupport.InjectKeycloak;
import vn.gov.directive.testsupport.KeycloakTokens;

/** A repeated request returns the first result and creates nothing, also when repeats race. */
@QuarkusTest
class IdempotencyTests {

    private static final String DIRECTIVES = "/api/v1/directives";
    private static final int RACERS = 8;

    @InjectKeycloak
    KeycloakTokens keycloak;

    @Inject
    TestDirectory directory;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void seedDirectory() {
        directory.loadSeed();
    }

    @Test
    void sameExternalRefReturnsTheFirstDirectiveWith200() {
        ObjectNode request = Requests.seed();
        String ref = request.get("externalRef").asText();
        String first = post(request, null, true).then().statusCode(HttpStatus.SC_CREATED).extract().path("id");
        long outbox = outboxRows();

        post(request, null, true).then().statusCode(HttpStatus.SC_OK)
                .body("id", equalTo(first))
                .body("status", equalTo("ISSUED"));

        assertThat(directivesWithRef(ref)).isEqualTo(1);
        assertThat(outboxRows()).isEqualTo(outbox);
    }

    @Test
    void sameIdempotencyKeyReturnsTheFirstDirectiveEvenWithoutExternalRef() {
        String key = UUID.randomUUID().toString();
        ObjectNode request = Requests.seed();
        request.remove("externalRef");
        String first = post(request, key, false).then().statusCode(HttpStatus.SC_CREATED).extract().path("id");

        post(request, key, false).then().statusCode(HttpStatus.SC_OK).body("id", equalTo(first));
        post(request, UUID.randomUUID().toString(), false).then().statusCode(HttpStatus.SC_CREATED);
    }

    @Test
    void racingRepeatsCreateOneDirectiveAndAllAnswerWithIt() throws Exception {
        ObjectNode request = Requests.seed();
        String ref = request.get("externalRef").asText();
        String token = keycloak.documentSystemToken();
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        List<Callable<Response>> racers = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            racers.add(() -> given().auth().oauth2(token).contentType(ContentType.JSON).body(Requests.json(request))
                    .queryParam("issue", true).when().post(DIRECTIVES));
        }
        List<Response> responses = new ArrayList<>();
        for (Future<Response> answer : pool.invokeAll(racers)) {
            responses.add(answer.get());
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(responses).extracting(Response::statusCode).containsOnly(HttpStatus.SC_CREATED, HttpStatus.SC_OK)
                .filteredOn(status -> status == HttpStatus.SC_CREATED).hasSize(1);
        assertThat(responses).extracting(r -> r.path("id").toString()).containsOnly(responses.get(0).path("id").toString());
        assertThat(directivesWithRef(ref)).isEqualTo(1);
    }

    private Response post(ObjectNode request, String key, boolean issue) {
        var spec = given().auth().oauth2(keycloak.documentSystemToken()).contentType(ContentType.JSON).body(Requests.json(request))
                .queryParam("issue", issue);
        if (key != null) {
            spec.header("Idempotency-Key", key);
        }
        return spec.when().post(DIRECTIVES);
    }

    private long directivesWithRef(String ref) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from directive where external_ref = ?1").setParameter(1, ref)
                .getSingleResult()).longValue());
    }

    private long outboxRows() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox_event").getSingleResult()).longValue());
    }
}

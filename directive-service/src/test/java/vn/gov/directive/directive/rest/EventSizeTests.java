package vn.gov.directive.directive.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.directive.common.outbox.Outbox;
import vn.gov.directive.directive.Requests;
import vn.gov.directive.directive.TestDirectory;
import vn.gov.directive.testsupport.InjectKeycloak;
import vn.gov.directive.testsupport.KeycloakTokens;

/**
 * Nothing is accepted that cannot be delivered: a request whose event would be larger than the
 * relay's producer may send is refused with 413 before anything is stored (without the check, an
 * 8.7 MB body was numbered and ISSUED, and its DirectiveIssued was never published).
 */
@QuarkusTest
class EventSizeTests {

    private static final String DIRECTIVES = "/api/v1/directives";
    /**
     * About 8.7 MB in UTF-8, the size that once got through, within the 5,000,000 characters a body may have (three
     * bytes a character: the request itself stays under the 10 MB HTTP limit).
     */
    private static final String HUGE_BODY = "Nội dung: " + "ộ".repeat(2_900_000);

    @InjectKeycloak
    KeycloakTokens keycloak;

    @Inject
    TestDirectory directory;

    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    private String issuer;

    @BeforeEach
    void freshIssuer() {
        directory.loadSeed();
        issuer = directory.newIssuer();
    }

    @Test
    void anOversizedDirectiveIssuedAtOnceIs413AndNothingIsStored() {
        assertThat(HUGE_BODY.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isBetween(8_600_000, 8_900_000);
        long outboxBefore = count("select count(*) from outbox_event");
        ObjectNode request = Requests.from(issuer, "UBND-HALONG");
        request.put("body", HUGE_BODY);

        given().auth().oauth2(keycloak.documentSystemToken()).contentType(ContentType.JSON).body(Requests.json(request))
                .queryParam("issue", true).when().post(DIRECTIVES)
                .then().statusCode(413).contentType(startsWith("application/problem+json"))
                .body("type", containsString("event-too-large"))
                .body("detail", containsString(String.valueOf(outbox.maxEventBytes())));

        assertThat(count("select count(*) from directive where issuer = ?1", issuer)).isZero();
        assertThat(count("select count(*) from number_register where issuer = ?1", issuer)).as("no number consumed").isZero();
        assertThat(count("select count(*) from outbox_event")).isEqualTo(outboxBefore);
    }

    @Test
    void anOversizedDraftStaysADraftWithoutNumberWhenItsIssueIs413() {
        ObjectNode request = Requests.from(issuer, "UBND-HALONG");
        request.put("body", HUGE_BODY);
        String id = given().auth().oauth2(keycloak.documentSystemToken()).contentType(ContentType.JSON).body(Requests.json(request))
                .when().post(DIRECTIVES).then().statusCode(201).extract().path("id");
        long outboxBefore = count("select count(*) from outbox_event");

        given().auth().oauth2(keycloak.documentSystemToken()).when().post(DIRECTIVES + "/" + id + "/issue")
                .then().statusCode(413).contentType(startsWith("application/problem+json"));

        given().auth().oauth2(keycloak.documentSystemToken()).when().get(DIRECTIVES + "/" + id)
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("DRAFT"))
                .body("number", org.hamcrest.Matchers.nullValue());
        assertThat(count("select count(*) from number_register where issuer = ?1", issuer)).isZero();
        assertThat(count("select count(*) from outbox_event")).isEqualTo(outboxBefore);
    }

    @Test
    void anOversizedAmendmentIs413AndTheVersionStays() {
        String id = given().auth().oauth2(keycloak.documentSystemToken()).contentType(ContentType.JSON)
                .body(Requests.json(Requests.from(issuer, "UBND-HALONG"))).queryParam("issue", true)
                .when().post(DIRECTIVES).then().statusCode(201).extract().path("id");
        long outboxBefore = count("select count(*) from outbox_event");

        given().auth().oauth2(keycloak.documentSystemToken()).contentType(ContentType.JSON)
                .body(Requests.json(JsonNodeFactory.instance.objectNode().put("body", HUGE_BODY).put("changeSummary", "Bổ sung")))
                .when().post(DIRECTIVES + "/" + id + "/amend")
                .then().statusCode(413).contentType(startsWith("application/problem+json"));

        given().auth().oauth2(keycloak.documentSystemToken()).when().get(DIRECTIVES + "/" + id)
                .then().statusCode(200).body("version", org.hamcrest.Matchers.equalTo(1));
        assertThat(count("select count(*) from outbox_event")).isEqualTo(outboxBefore);
    }

    @Test
    void aDirectiveToTenThousandUnitsStillPasses() {
        String group = directory.newGroup(10_000);
        ObjectNode request = Requests.from(issuer);
        request.putArray("recipients").addObject().put("group", group).put("role", "ACTION");

        given().auth().oauth2(keycloak.documentSystemToken()).contentType(ContentType.JSON).body(Requests.json(request))
                .queryParam("issue", true).when().post(DIRECTIVES)
                .then().statusCode(201).body("recipientCount", org.hamcrest.Matchers.equalTo(10_000));
    }

    private long count(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }
}

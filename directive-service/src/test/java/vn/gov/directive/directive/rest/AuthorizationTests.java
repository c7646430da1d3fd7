package vn.gov.directive.directive.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.directive.directive.Requests;
import vn.gov.directive.directive.TestDirectory;
import vn.gov.directive.testsupport.InjectKeycloak;
import vn.gov.directive.testsupport.KeycloakTokens;

/** DESIGN §6 with real Keycloak tokens: issuers for their own unit, the document system for any. */
@QuarkusTest
class AuthorizationTests {

    private static final String DIRECTIVES = "/api/v1/directives";

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
    void noTokenIs401() {
        given().contentType(ContentType.JSON).body(Requests.json(Requests.seed())).when().post(DIRECTIVES)
                .then().statusCode(HttpStatus.SC_UNAUTHORIZED);
        given().when().get(DIRECTIVES).then().statusCode(HttpStatus.SC_UNAUTHORIZED);
    }

    @Test
    void anIssuerMayNotCreateInAnotherUnitsName() {
        ObjectNode request = Requests.from("SNV", "SYT");

        post("stttt", request).then().statusCode(HttpStatus.SC_FORBIDDEN).contentType("application/problem+json");

        String ref = request.get("externalRef").asText();
        long stored = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from directive where external_ref = ?1").setParameter(1, ref)
                .getSingleResult()).longValue());
        assertThat(stored).isZero();
    }

    @Test
    void unitOfficersOperatorsAndAuditorsDoNotCreate() {
        post("ubnd-halong", Requests.from("UBND-HALONG", "SNV")).then().statusCode(HttpStatus.SC_FORBIDDEN);
        post("operator", Requests.seed()).then().statusCode(HttpStatus.SC_FORBIDDEN);
        post("auditor", Requests.seed()).then().statusCode(HttpStatus.SC_FORBIDDEN);
    }

    @Test
    void theDocumentSystemNamesAnyIssuerAndThatIssuerAloneReadsIt() {
        String id = given().auth().oauth2(keycloak.documentSystemToken()).contentType(ContentType.JSON)
                .body(Requests.json(Requests.from("SNV", "SYT", "STP"))).queryParam("issue", true)
                .when().post(DIRECTIVES)
                .then().statusCode(HttpStatus.SC_CREATED)
                .body("issuer", equalTo("SNV"))
                .body("number", matchesPattern("^[1-9][0-9]*/SNV-VP$"))
                .extract().path("id");

        given().auth().oauth2(keycloak.accessToken("stttt")).when().get(DIRECTIVES + "/" + id)
                .then().statusCode(HttpStatus.SC_NOT_FOUND);
        given().auth().oauth2(keycloak.accessToken("stttt")).contentType(ContentType.JSON).body("{\"reason\": \"x\"}")
                .when().post(DIRECTIVES + "/" + id + "/recall")
                .then().statusCode(HttpStatus.SC_NOT_FOUND);
        given().auth().oauth2(keycloak.accessToken("auditor")).when().get(DIRECTIVES + "/" + id)
                .then().statusCode(HttpStatus.SC_OK).body("issuer", equalTo("SNV"));
        given().auth().oauth2(keycloak.accessToken("operator")).when().get(DIRECTIVES + "/" + id)
                .then().statusCode(HttpStatus.SC_OK);
        given().auth().oauth2(keycloak.accessToken("operator")).contentType(ContentType.JSON).body("{\"reason\": \"x\"}")
                .when().post(DIRECTIVES + "/" + id + "/recall")
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
        given().auth().oauth2(keycloak.accessToken("ubnd-halong")).when().get(DIRECTIVES + "/" + id)
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
    }

    @Test
    void anIssuerListsOnlyItsOwnUnitsDirectives() {
        post("stttt", Requests.seed()).then().statusCode(HttpStatus.SC_CREATED);

        given().auth().oauth2(keycloak.accessToken("stttt")).when().get(DIRECTIVES + "?size=1000")
                .then().statusCode(HttpStatus.SC_OK).body("items.issuer", everyItem(equalTo("STTTT")));
        given().auth().oauth2(keycloak.accessToken("stttt")).queryParam("issuer", "SNV").when().get(DIRECTIVES)
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
        given().auth().oauth2(keycloak.accessToken("ubnd-halong")).when().get(DIRECTIVES)
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
    }

    private io.restassured.response.Response post(String user, ObjectNode request) {
        return given().auth().oauth2(keycloak.accessToken(user)).contentType(ContentType.JSON).body(Requests.json(request))
                .when().post(DIRECTIVES);
    }
}

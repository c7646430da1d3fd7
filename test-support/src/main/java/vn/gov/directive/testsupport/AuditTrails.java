package vn.gov.directive.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.restassured.path.json.JsonPath;

/** What a service's audit trail (GET /api/v1/audit) says, read as an auditor reads it. */
public final class AuditTrails {

    private AuditTrails() {
    }

    /** The newest entry of this action, as {@code {id, at, actor, unit, action, target, detail}}. */
    public static JsonPath newest(KeycloakTokens keycloak, String action) {
        JsonPath page = given().auth().oauth2(keycloak.accessToken("auditor")).queryParam("action", action).queryParam("size", 1)
                .when().get("/api/v1/audit")
                .then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("items")).as("audit entries of " + action).hasSize(1);
        return new JsonPath(page.prettify()).setRootPath("items[0]");
    }

    /** Asserts who did the newest action of this kind, to what, and that it happened after {@code since}. */
    public static JsonPath assertNewest(KeycloakTokens keycloak, String action, String actor, String target, Instant since) {
        JsonPath entry = newest(keycloak, action);
        assertThat(entry.getString("actor")).isEqualTo(actor);
        assertThat(entry.getString("target")).isEqualTo(target);
        assertThat(Instant.parse(entry.getString("at"))).isBetween(since, Instant.now());
        // Unit officers do not read it.
        given().auth().oauth2(keycloak.accessToken("ubnd-halong")).when().get("/api/v1/audit").then().statusCode(403);
        return entry;
    }
}

package vn.gov.directive.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import org.apache.http.HttpStatus;

/**
 * What every list and every API path of the platform must do at its edges: paging out
 * of range is 400 problem+json naming the field, and only an access token for the platform opens
 * the API (an ID token or a token for another audience is 401).
 */
public final class ApiEdgeContract {

    private static final String PROBLEM = "application/problem+json";

    private ApiEdgeContract() {
    }

    /** {@code list} may carry a query already; {@code token} is one that may read it. */
    public static void pagingIsBounded(String token, String list) {
        String join = list.contains("?") ? "&" : "?";
        given().auth().oauth2(token).when().get(list + join + "page=3000000&size=1000").then()
                .statusCode(HttpStatus.SC_BAD_REQUEST).contentType(PROBLEM).body("errors.field", hasItem("page"));
        given().auth().oauth2(token).when().get(list + join + "size=0").then()
                .statusCode(HttpStatus.SC_BAD_REQUEST).contentType(PROBLEM).body("errors.field", hasItem("size"));
        given().auth().oauth2(token).when().get(list + join + "page=abc").then()
                .statusCode(HttpStatus.SC_BAD_REQUEST).contentType(PROBLEM);
        given().auth().oauth2(token).when().get(list + join + "page=1000&size=1000").then().statusCode(HttpStatus.SC_OK);
    }

    /** {@code user} may read {@code path} with an access token; the same user's other tokens may not. */
    public static void onlyAccessTokensOpen(KeycloakTokens keycloak, String user, String path) {
        given().auth().oauth2(keycloak.accessToken(user)).when().get(path).then().statusCode(HttpStatus.SC_OK);
        given().auth().oauth2(keycloak.idToken(user)).when().get(path).then().statusCode(HttpStatus.SC_UNAUTHORIZED);
        given().auth().oauth2(keycloak.accessTokenForAnotherAudience(user)).when().get(path).then()
                .statusCode(HttpStatus.SC_UNAUTHORIZED);
    }
}

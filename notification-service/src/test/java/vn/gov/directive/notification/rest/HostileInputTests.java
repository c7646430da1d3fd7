package vn.gov.directive.notification.rest;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.directive.testsupport.ApiEdgeContract;
import vn.gov.directive.testsupport.InjectKeycloak;
import vn.gov.directive.testsupport.KeycloakTokens;

/** Paging out of range is 400 problem+json on every list; only access tokens for the platform open the API. */
@QuarkusTest
class HostileInputTests {

    @InjectKeycloak
    KeycloakTokens keycloak;

    @Test
    void pageAndSizeOutOfRangeAre400OnEveryList() {
        String token = keycloak.accessToken("operator");
        for (String list : List.of("/api/v1/notifications")) {
            ApiEdgeContract.pagingIsBounded(token, list);
        }
    }

    @Test
    void anIdTokenOrATokenForAnotherAudienceIs401() {
        ApiEdgeContract.onlyAccessTokensOpen(keycloak, "auditor", "/api/v1/notifications");
    }
}

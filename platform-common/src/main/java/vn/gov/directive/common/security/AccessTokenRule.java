package vn.gov.directive.common.security;

import java.util.Optional;
import java.util.Set;

/**
 * What a bearer token must be to open the API: an access token (Keycloak's claim typ "Bearer";
 * an ID token says "ID", a refresh token "Refresh") issued for this platform (its audience, put
 * in by the realm's audience mapper). The signature, issuer and expiry are Quarkus OIDC's part.
 */
public final class AccessTokenRule {

    public static final String ACCESS_TOKEN_TYPE = "Bearer";

    private AccessTokenRule() {
    }

    /** Why the token is refused, or empty when it passes. */
    public static Optional<String> refusal(Object type, Set<String> audience, String expectedAudience) {
        if (!ACCESS_TOKEN_TYPE.equals(type == null ? null : type.toString())) {
            return Optional.of("not an access token (typ " + type + ")");
        }
        if (audience == null || !audience.contains(expectedAudience)) {
            return Optional.of("not issued for audience " + expectedAudience + " (aud " + audience + ")");
        }
        return Optional.empty();
    }
}

package vn.gov.directive.common.web;

import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import vn.gov.directive.common.security.AccessTokenConfig;
import vn.gov.directive.common.security.AccessTokenRule;

/**
 * The OIDC mechanism in hybrid mode signs a browser in through the code flow whenever a request
 * has no Authorization header. The API is for programs: without a bearer token it answers 401
 * (WWW-Authenticate: Bearer), never a redirect, and a browser's session cookie does not open it
 * (so a page on another site cannot make a signed-in browser call it). A bearer token, on any
 * path, must be an access token for the platform's audience (AccessTokenRule): an ID token or a
 * token issued for another audience is 401, like a forged one. While Keycloak does not
 * answer, a page's sign-in gets a Vietnamese page instead of a redirect into nothing. The pages' code flow (a session
 * cookie, no Authorization header) is not concerned.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class BearerOnlyApi implements HttpAuthenticationMechanism {

    public static final String API = "/api/";
    private static final Logger LOG = Logger.getLogger(BearerOnlyApi.class);

    @Inject
    OidcAuthenticationMechanism oidc;

    @Inject
    SignInAvailability signIn;

    @Inject
    AccessTokenConfig accessToken;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        if (apiWithoutToken(context)) {
            return Uni.createFrom().nullItem();
        }
        Uni<SecurityIdentity> identity = oidc.authenticate(context, identityProviderManager);
        return bearer(context) ? identity.onItem().ifNotNull().transform(this::onlyAccessTokens) : identity;
    }

    private SecurityIdentity onlyAccessTokens(SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            throw new AuthenticationFailedException("The bearer token is not a JWT");
        }
        Object type = token.getClaim("typ");
        if (type instanceof JsonString text) { // a claim the JWT standard does not name comes as JSON
            type = text.getString();
        }
        AccessTokenRule.refusal(type, token.getAudience(), accessToken.audience()).ifPresent(reason -> {
            LOG.infof("Bearer token of %s refused: %s", token.getName(), reason);
            throw new AuthenticationFailedException("The bearer token is " + reason);
        });
        return identity;
    }

    private static boolean bearer(RoutingContext context) {
        String authorization = context.request().getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return apiWithoutToken(context) ? Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"))
                : oidc.getChallenge(context);
    }

    /**
     * A page's sign-in redirect while Keycloak does not answer would leave the browser on a
     * connection error: it gets our Vietnamese page (503, Retry-After) at once instead.
     */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (!context.normalizedPath().startsWith(API) && !signIn.available()) {
            SignInUnavailablePage.send(context.response());
            return Uni.createFrom().item(true);
        }
        return HttpAuthenticationMechanism.super.sendChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return oidc.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return oidc.getCredentialTransport(context);
    }

    @Override
    public int getPriority() {
        return oidc.getPriority();
    }

    private static boolean apiWithoutToken(RoutingContext context) {
        return context.normalizedPath().startsWith(API) && context.request().getHeader("Authorization") == null;
    }
}

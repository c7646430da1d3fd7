package vn.gov.directive.common.security;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling: the Keycloak user or service account, its realm roles, and its unit claim. */
@RequestScoped
public class Caller {

    public static final String ISSUER = "issuer";
    public static final String UNIT_OFFICER = "unit-officer";
    public static final String OPERATOR = "operator";
    public static final String AUDITOR = "auditor";
    public static final String INTEGRATION = "integration";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public String name() {
        String preferred = token.getClaim("preferred_username");
        return preferred != null ? preferred : identity.getPrincipal().getName();
    }

    /** The unit the caller works for, from the token's {@code unit} claim; service accounts have none. */
    public Optional<String> unit() {
        return Optional.ofNullable(token.<String>getClaim("unit"));
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    /**
     * Operators and auditors read everything; so does the provincial document system (role
     * integration), which issues for any issuer and reads their status back.
     */
    public boolean readsEverything() {
        return is(OPERATOR) || is(AUDITOR) || is(INTEGRATION);
    }
}

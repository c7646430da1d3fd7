package vn.gov.directive.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** The request's {@link Caller}, read once from the security identity and its token. */
@ApplicationScoped
public class CallerProducer {

    @Produces
    @RequestScoped
    Caller caller(SecurityIdentity identity, JsonWebToken token) {
        String preferred = token.getClaim("preferred_username");
        String name = preferred != null ? preferred : identity.getPrincipal().getName();
        return Caller.of(name, token.<String>getClaim("unit"), identity.getRoles());
    }
}

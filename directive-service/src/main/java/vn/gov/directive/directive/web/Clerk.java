package vn.gov.directive.directive.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.IdToken;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.common.security.Caller;
import vn.gov.directive.common.security.Caller;
import vn.gov.directive.directive.repository.DirectoryListing;
import vn.gov.directive.web.SignedIn;

/** The signed-in clerk of a page request: who may use the clerk's pages, and the header that names them. */
@RequestScoped
public class Clerk {

    @Inject
    Caller caller;

    @Inject
    @IdToken
    JsonWebToken idToken;

    @Inject
    DirectoryListing listing;

    /** The signed-in user as the domain sees them; only an issuer with a unit uses these pages. */
    public Caller actor() {
        if (!caller.is(Caller.ISSUER) || caller.unit().isEmpty()) {
            throw ProblemException.forbidden(caller.name() + " is not an issuer of a unit");
        }
        return caller;
    }

    public String unit() {
        return caller.unit().orElse("");
    }

    public SignedIn viewer() {
        String unit = caller.unit().orElse(null);
        return SignedIn.of(caller, idToken.getClaim("name"), unit == null ? null : listing.names(List.of(unit)).get(unit));
    }
}

package vn.gov.directive.distribution.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.common.security.Caller;
import vn.gov.directive.common.security.Caller;
import vn.gov.directive.distribution.domain.Unit;
import vn.gov.directive.web.SignedIn;

/** The signed-in user of a portal request: the header that names them and the requester the domain checks. */
@RequestScoped
public class Portal {

    @Inject
    Caller caller;

    /** Reads the unit's name (one row): inside the page's transaction, or in one of its own. */
    public SignedIn viewer() {
        return QuarkusTransaction.joiningExisting().call(() -> {
            String unit = caller.unit().orElse(null);
            Unit found = unit == null ? null : Unit.findById(unit);
            return SignedIn.of(caller, null, found == null ? null : found.name);
        });
    }

    public Caller requester() {
        return caller;
    }

    /** The viewer's unit; a page for a unit refuses an account that names none. */
    public String unit(String refusal) {
        return caller.unit().orElseThrow(() -> ProblemException.forbidden(refusal));
    }
}

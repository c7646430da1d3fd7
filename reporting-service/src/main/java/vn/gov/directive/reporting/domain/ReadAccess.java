package vn.gov.directive.reporting.domain;

import java.util.Optional;
import java.util.Set;

import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.common.security.Caller;

/**
 * Who reads compliance (DESIGN §6): operators, auditors and the document system (integration,
 * which issues for any issuer and reads status back) everything, an issuer the directives
 * of its own unit; nobody else (a unit officer gets 403). Another issuer's directive answers 404,
 * as if it did not exist, so its existence does not leak.
 */
public record ReadAccess(Set<String> roles, Optional<String> unit) {

    public static ReadAccess of(Caller caller) {
        return new ReadAccess(caller.roles(), caller.unit());
    }

    public boolean readsEverything() {
        return roles.contains(Caller.OPERATOR) || roles.contains(Caller.AUDITOR) || roles.contains(Caller.INTEGRATION);
    }

    /** The issuer whose directives alone the caller may read; empty when it reads everything. */
    public Optional<String> onlyIssuer() {
        requireReader();
        return readsEverything() ? Optional.empty() : unit;
    }

    /** @throws ProblemException 403 for a caller who reads no compliance, 404 for another issuer's directive */
    public void requireDirective(String directiveIssuer, String what) {
        requireReader();
        if (!readsEverything() && !unit.orElseThrow().equals(directiveIssuer)) {
            throw ProblemException.hidden(what);
        }
    }

    private void requireReader() {
        boolean issuer = roles.contains(Caller.ISSUER) && unit.isPresent();
        if (!readsEverything() && !issuer) {
            throw ProblemException.forbidden("Compliance is for the issuing unit, leaders, auditors and operators");
        }
    }
}

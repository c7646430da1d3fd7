package vn.gov.directive.reporting.domain;

import java.util.Optional;

import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.common.security.Caller;

/**
 * Who reads compliance (DESIGN §6): whoever reads everything (operators, auditors, the document
 * system) all of it, an issuer the directives of its own unit; nobody else (a unit officer gets
 * 403). Another issuer's directive answers 404, as if it did not exist, so its existence does not leak.
 */
public final class ComplianceReaders {

    private ComplianceReaders() {
    }

    /** The issuer whose directives alone the caller may read; empty when it reads everything. */
    public static Optional<String> onlyIssuer(Caller caller) {
        requireReader(caller);
        return caller.readsEverything() ? Optional.empty() : caller.unit();
    }

    /** @throws ProblemException 403 for a caller who reads no compliance, 404 for another issuer's directive */
    public static void requireDirective(Caller caller, String directiveIssuer, String what) {
        requireReader(caller);
        if (!caller.readsDirectivesOf(directiveIssuer)) {
            throw ProblemException.hidden(what);
        }
    }

    private static void requireReader(Caller caller) {
        boolean issuer = caller.is(Caller.ISSUER) && caller.unit().isPresent();
        if (!caller.readsEverything() && !issuer) {
            throw ProblemException.forbidden("Compliance is for the issuing unit, leaders, auditors and operators");
        }
    }
}

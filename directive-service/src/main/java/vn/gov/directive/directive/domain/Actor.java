package vn.gov.directive.directive.domain;

import java.util.Optional;
import java.util.Set;

import vn.gov.directive.common.security.Caller;

/**
 * Who acts, as the rules of DESIGN §6 see it: an issuer acts and reads for its own unit only;
 * the document system's service account (integration) may name any issuer; operators and
 * auditors read everything.
 */
public record Actor(String name, Optional<String> unit, Set<String> roles) {

    public boolean mayActFor(String issuer) {
        return roles.contains(Caller.INTEGRATION) || ownsAsIssuer(issuer);
    }

    public boolean mayRead(String issuer) {
        return readsAllIssuers() || ownsAsIssuer(issuer);
    }

    /** Operators, auditors and the integration account see every issuer's directives. */
    public boolean readsAllIssuers() {
        return roles.contains(Caller.OPERATOR) || roles.contains(Caller.AUDITOR) || roles.contains(Caller.INTEGRATION);
    }

    private boolean ownsAsIssuer(String issuer) {
        return roles.contains(Caller.ISSUER) && unit.filter(issuer::equals).isPresent();
    }
}

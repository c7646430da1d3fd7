package vn.gov.directive.distribution.domain;

import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.common.security.Caller;

/**
 * Who asks, as far as deliveries are concerned (DESIGN §6): the unit from the token's claim
 * (null for accounts without one), whether it holds the issuer role, and whether it reads
 * everything (operators, auditors, the document system reading status back).
 */
public record Requester(String name, String unit, boolean issuer, boolean readsEverything) {

    /** Operators, auditors and the document system (reading status back) read every delivery; the API and the portal ask the same. */
    public static Requester of(Caller caller) {
        return new Requester(caller.name(), caller.unit().orElse(null), caller.is(Caller.ISSUER),
                caller.readsEverything() || caller.is(Caller.INTEGRATION));
    }

    /** A unit's own deliveries, the issuing unit's deliveries of its directives, or everything. */
    public boolean canSee(Delivery delivery) {
        return readsEverything || isUnitOf(delivery) || isIssuingUnitOf(delivery.directive);
    }

    /**
     * The delivery, if this requester may see it; otherwise 404 as if it did not exist, and a
     * delivery that exists but is another unit's is a refusal the audit log records.
     */
    public Delivery visible(Delivery delivery, Object id) {
        if (delivery == null) {
            throw ProblemException.notFound("Delivery " + id);
        }
        if (!canSee(delivery)) {
            throw ProblemException.hidden("Delivery " + id);
        }
        return delivery;
    }

    public boolean isUnitOf(Delivery delivery) {
        return unit != null && unit.equals(delivery.unit);
    }

    /** Whoever works for the issuing unit follows its directives. */
    public boolean isIssuingUnitOf(DirectiveCopy directive) {
        return unit != null && unit.equals(directive.issuer);
    }

    /** Accepting, returning for revision and extending are the issuing unit's issuer's. */
    public boolean canActAsIssuerOf(DirectiveCopy directive) {
        return issuer && isIssuingUnitOf(directive);
    }
}

package vn.gov.directive.distribution.domain;

import java.util.UUID;

import jakarta.persistence.LockModeType;

import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.common.security.Caller;

/**
 * Loads a delivery for a change, locked (two clicks at once cannot both pass the state check),
 * after the object-level checks: one the caller may not see is 404 whatever the action; one
 * it may see but not act on is 403.
 */
final class DeliveryLocks {

    private DeliveryLocks() {
    }

    static Delivery forUnit(UUID id, Caller caller) {
        Delivery delivery = visible(id, caller);
        if (!delivery.isAddressedTo(caller)) {
            throw ProblemException.forbidden("Only officers of " + delivery.unit + " act on this delivery");
        }
        return delivery;
    }

    static Delivery forIssuer(UUID id, Caller caller) {
        Delivery delivery = visible(id, caller);
        if (!delivery.directive.isDecidedBy(caller)) {
            throw ProblemException.forbidden("Only an issuer of " + delivery.directive.issuer + " decides on this delivery");
        }
        return delivery;
    }

    private static Delivery visible(UUID id, Caller caller) {
        return Delivery.requireVisible(Delivery.findById(id, LockModeType.PESSIMISTIC_WRITE), id, caller);
    }
}

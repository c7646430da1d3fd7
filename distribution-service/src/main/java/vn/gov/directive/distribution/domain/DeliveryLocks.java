package vn.gov.directive.distribution.domain;

import java.util.UUID;

import jakarta.persistence.LockModeType;

import vn.gov.directive.common.problem.ProblemException;

/**
 * Loads a delivery for a change, locked (two clicks at once cannot both pass the state check),
 * after the object-level checks: one the requester may not see is 404 whatever the action; one
 * it may see but not act on is 403.
 */
final class DeliveryLocks {

    private DeliveryLocks() {
    }

    static Delivery forUnit(UUID id, Requester requester) {
        Delivery delivery = visible(id, requester);
        if (!requester.isUnitOf(delivery)) {
            throw ProblemException.forbidden("Only officers of " + delivery.unit + " act on this delivery");
        }
        return delivery;
    }

    static Delivery forIssuer(UUID id, Requester requester) {
        Delivery delivery = visible(id, requester);
        if (!requester.canActAsIssuerOf(delivery.directive)) {
            throw ProblemException.forbidden("Only an issuer of " + delivery.directive.issuer + " decides on this delivery");
        }
        return delivery;
    }

    private static Delivery visible(UUID id, Requester requester) {
        return requester.visible(Delivery.findById(id, LockModeType.PESSIMISTIC_WRITE), id);
    }
}

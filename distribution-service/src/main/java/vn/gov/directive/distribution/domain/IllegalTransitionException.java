package vn.gov.directive.distribution.domain;

import vn.gov.directive.events.DeliveryStatus;

/** An action the delivery's current state (or the unit's role) does not allow; the API answers 409. */
public class IllegalTransitionException extends RuntimeException {

    private final DeliveryStatus current;

    public IllegalTransitionException(DeliveryStatus current, DeliveryAction action, String why) {
        super("The delivery is " + current + ": cannot " + action.verb() + " it" + (why == null ? "" : " (" + why + ")"));
        this.current = current;
    }

    public DeliveryStatus current() {
        return current;
    }
}

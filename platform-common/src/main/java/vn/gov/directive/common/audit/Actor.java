package vn.gov.directive.common.audit;

import vn.gov.directive.common.security.Caller;

/** Who did an action: the signed-in user's name and unit (null for accounts without one). */
public record Actor(String name, String unit) {

    public static Actor of(Caller caller) {
        return new Actor(caller.name(), caller.unit().orElse(null));
    }
}

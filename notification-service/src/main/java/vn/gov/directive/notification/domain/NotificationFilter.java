package vn.gov.directive.notification.domain;

import java.util.Optional;
import java.util.UUID;

import vn.gov.directive.common.security.Caller;

/**
 * The filter a list of notifications applies for one caller (DESIGN §6): whoever reads everything
 * sees what it asks for; the issuing unit a directive's notifications to every unit; any other
 * caller with a unit only that unit's.
 *
 * @param directiveId the directive to list, or null for all
 * @param unit        the unit to list, or null for all
 */
public record NotificationFilter(UUID directiveId, String unit) {

    /**
     * @param issuer the issuer of the requested directive, or null when none was asked for or it is unknown
     * @return the filter to apply, or empty when the caller may not see what it asked for
     */
    public static Optional<NotificationFilter> of(Caller caller, UUID directiveId, String issuer, String unit) {
        if (caller.readsEverything()) {
            return Optional.of(new NotificationFilter(directiveId, unit));
        }
        Optional<String> own = caller.unit();
        if (own.isEmpty()) {
            return Optional.empty();
        }
        if (directiveId != null && caller.worksFor(issuer)) {
            return Optional.of(new NotificationFilter(directiveId, unit));
        }
        if (unit == null || caller.worksFor(unit)) {
            return Optional.of(new NotificationFilter(directiveId, own.get()));
        }
        return Optional.empty();
    }
}

package vn.gov.directive.notification.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * Which notifications a caller may list (DESIGN §6): operators and auditors all; the issuer of a
 * directive that directive's; a unit officer its own unit's.
 */
public record ReadScope(UUID directiveId, String unit) {

    /**
     * @param readsEverything the caller is an operator or an auditor
     * @param callerUnit      the caller's unit claim, or null
     * @param issuer          the issuer of the requested directive, or null when none was asked for or it is unknown
     * @return the filter to apply, or empty when the caller may not see what it asked for
     */
    public static Optional<ReadScope> of(boolean readsEverything, String callerUnit, UUID directiveId, String issuer,
            String unit) {
        if (readsEverything) {
            return Optional.of(new ReadScope(directiveId, unit));
        }
        if (callerUnit == null) {
            return Optional.empty();
        }
        if (directiveId != null && callerUnit.equals(issuer)) {
            return Optional.of(new ReadScope(directiveId, unit));
        }
        if (unit == null || unit.equals(callerUnit)) {
            return Optional.of(new ReadScope(directiveId, callerUnit));
        }
        return Optional.empty();
    }
}

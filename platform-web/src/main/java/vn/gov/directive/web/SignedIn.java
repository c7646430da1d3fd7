package vn.gov.directive.web;

import java.util.List;

import vn.gov.directive.common.security.Caller;

/**
 * Who is signed in, as every page's header shows it: the person's name, their unit's name and
 * what they do here. Built from the {@link Caller}; the service adds what only it can look up
 * (the full name of the ID token, the unit's name in its copy of the directory).
 */
public record SignedIn(String name, String username, String unit, String unitName, String role, boolean issuer,
        boolean operator, boolean readsEverything) {

    /** The roles the header names, the one that says most first. */
    private static final List<String> SHOWN_ROLES = List.of(Caller.OPERATOR, Caller.AUDITOR, Caller.ISSUER,
            Caller.UNIT_OFFICER, Caller.INTEGRATION);

    /**
     * @param fullName the person's name from the ID token, or null to show the user name
     * @param unitName the unit's name, or null to show its code
     */
    public static SignedIn of(Caller caller, String fullName, String unitName) {
        String unit = caller.unit().orElse("");
        String role = SHOWN_ROLES.stream().filter(caller::is).findFirst().map(LabelsBundle.get()::userRole).orElse("");
        return new SignedIn(fullName == null || fullName.isBlank() ? caller.name() : fullName, caller.name(), unit,
                unitName == null || unitName.isBlank() ? unit : unitName, role, caller.is(Caller.ISSUER),
                caller.is(Caller.OPERATOR), caller.readsEverything());
    }
}

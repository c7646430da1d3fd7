package vn.gov.directive.directive.web;

import org.eclipse.microprofile.jwt.JsonWebToken;

import vn.gov.directive.common.security.Caller;

/** Who is signed in, as the pages' header shows it: the person's name and the unit they work for. */
public record Viewer(String name, String username, String unit, String unitName) {

    static Viewer of(Caller caller, JsonWebToken idToken, String unitName) {
        String fullName = idToken.getClaim("name");
        String unit = caller.unit().orElse("");
        return new Viewer(fullName == null || fullName.isBlank() ? caller.name() : fullName, caller.name(), unit,
                unitName == null ? unit : unitName);
    }
}

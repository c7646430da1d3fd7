package vn.gov.directive.distribution.web;

import vn.gov.directive.common.security.Caller;
import vn.gov.directive.distribution.domain.Unit;

/** Who is signed in, as the header shows it: the person and the name of their unit. */
public record Viewer(String name, String unit, String unitName, boolean issuer) {

    /** Reads the directory (the caller of a page is inside a transaction or needs none for one row). */
    public static Viewer of(Caller caller) {
        String unit = caller.unit().orElse(null);
        Unit found = unit == null ? null : Unit.findById(unit);
        return new Viewer(caller.name(), unit == null ? "" : unit, found != null ? found.name : unit == null ? "" : unit,
                caller.is(Caller.ISSUER));
    }
}

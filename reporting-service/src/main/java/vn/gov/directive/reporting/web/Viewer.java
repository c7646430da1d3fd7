package vn.gov.directive.reporting.web;

import vn.gov.directive.common.security.Caller;

/** Who is signed in, as the pages' header shows it. */
public record Viewer(String name, String unit, String role, boolean operator, boolean readsAll) {

    public static Viewer of(Caller caller) {
        String role = caller.is(Caller.OPERATOR) ? "Vận hành"
                : caller.is(Caller.AUDITOR) ? "Lãnh đạo, kiểm tra"
                : caller.is(Caller.ISSUER) ? "Đơn vị ban hành"
                : caller.is(Caller.UNIT_OFFICER) ? "Văn thư đơn vị"
                : "";
        return new Viewer(caller.name(), caller.unit().orElse(""), role, caller.is(Caller.OPERATOR),
                caller.readsEverything());
    }
}

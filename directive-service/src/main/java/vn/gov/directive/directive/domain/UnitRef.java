package vn.gov.directive.directive.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A reference to the directory as a person writes it: a group code or a unit code (exactly one). */
public record UnitRef(String group, String unit) {

    public static UnitRef group(String code) {
        return new UnitRef(code, null);
    }

    public static UnitRef unit(String code) {
        return new UnitRef(null, code);
    }

    @JsonIgnore
    public boolean namesGroup() {
        return group != null;
    }
}

package vn.gov.directive.directive.rest;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;

import vn.gov.directive.directive.domain.UnitRef;

/** {"group": "DISTRICT_PCS"} or {"unit": "TTTT-TINH"}: exactly one of the two. */
public record UnitRefRequest(
        @Size(max = 64) @Pattern(regexp = Codes.CODE, message = Codes.CODE_MESSAGE) String group,
        @Size(max = 64) @Pattern(regexp = Codes.CODE, message = Codes.CODE_MESSAGE) String unit) {

    @JsonIgnore
    @AssertTrue(message = "exactly one of 'group' and 'unit' must be given")
    public boolean isGroupOrUnit() {
        return (group == null) != (unit == null);
    }

    UnitRef toDomain() {
        return new UnitRef(group, unit);
    }
}

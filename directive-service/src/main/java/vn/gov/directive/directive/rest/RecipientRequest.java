package vn.gov.directive.directive.rest;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;

import vn.gov.directive.directive.domain.NamedRecipient;
import vn.gov.directive.directive.domain.UnitRef;
import vn.gov.directive.events.Role;

/** A named recipient ("Kính gửi"): a group or a unit, with its role. */
public record RecipientRequest(
        @Size(max = 64) @Pattern(regexp = Codes.CODE, message = Codes.CODE_MESSAGE) String group,
        @Size(max = 64) @Pattern(regexp = Codes.CODE, message = Codes.CODE_MESSAGE) String unit,
        @NotNull Role role) {

    @JsonIgnore
    @AssertTrue(message = "exactly one of 'group' and 'unit' must be given")
    public boolean isGroupOrUnit() {
        return (group == null) != (unit == null);
    }

    NamedRecipient toDomain() {
        return new NamedRecipient(new UnitRef(group, unit), role);
    }
}

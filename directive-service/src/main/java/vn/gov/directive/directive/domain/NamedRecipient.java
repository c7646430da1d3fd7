package vn.gov.directive.directive.domain;

import vn.gov.directive.events.Role;

/** A recipient as the directive names it ("Kính gửi"), before expansion: a group or unit with a role. */
public record NamedRecipient(UnitRef target, Role role) {
}

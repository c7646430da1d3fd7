package vn.gov.directive.events;

/** One unit of a directive's expanded recipient list. */
public record Recipient(String unit, Role role) {
}

package vn.gov.directive.events;

/** A group of units; members are the units that list the group. */
public record GroupUpserted(String code, String name) {
}

package vn.gov.directive.events;

import java.time.LocalDate;

/** A unit left the directory on {@code validTo}; its deliveries stay, new directives cannot name it. */
public record UnitRetired(String code, LocalDate validTo, String successor) {
}

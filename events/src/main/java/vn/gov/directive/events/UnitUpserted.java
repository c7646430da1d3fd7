package vn.gov.directive.events;

import java.time.LocalDate;
import java.util.List;

/** A unit of the directory as it is now; the latest event per unit code is its state. */
public record UnitUpserted(String code, String name, String kind, String email, List<String> groups,
        LocalDate validFrom, LocalDate validTo, String successor) {
}

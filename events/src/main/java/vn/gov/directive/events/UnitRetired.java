package vn.gov.directive.events;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit left the directory on {@code validTo}; its deliveries stay, new directives cannot name it.
 * It carries the unit's whole state, not only the retirement: on the compacted directory-events
 * it is the last record of its key, so a copy built after compaction learns the unit from it alone.
 */
public record UnitRetired(String code, String name, String kind, String email, List<String> groups,
        LocalDate validFrom, LocalDate validTo, String successor) {
}

package vn.gov.directive.common.directory;

import java.time.LocalDate;
import java.util.List;

/** A unit as a service's copy of the directory knows it. */
public record ReplicaUnit(String code, String name, String kind, String email, List<String> groups,
        LocalDate validFrom, LocalDate validTo, String successor) {

    /** Valid on a day: from its first day (if any) up to and including its last (if any). */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}

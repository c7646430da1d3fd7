package vn.gov.directive.reporting.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.Role;

/**
 * Which rows of a directive's unit table to show: each criterion applies when present. Built
 * leniently from a page's query string: a value that names nothing is no filter.
 */
public record UnitFilter(Optional<DeliveryStatus> status, Optional<Role> role, Optional<Boolean> overdue,
        Optional<String> kind) {

    /** The kind of a unit the directory copy does not know (yet). */
    public static final String UNKNOWN_KIND = "UNKNOWN";

    public static final UnitFilter NONE = new UnitFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** @param overdue "yes", "no", or anything else for both */
    public static UnitFilter parse(String status, String role, String overdue, String kind) {
        return new UnitFilter(constant(DeliveryStatus.values(), status), constant(Role.values(), role),
                "yes".equals(overdue) ? Optional.of(true) : "no".equals(overdue) ? Optional.of(false) : Optional.empty(),
                kind == null || kind.isBlank() ? Optional.empty() : Optional.of(kind));
    }

    public boolean matches(Compliance.UnitRow row) {
        return status.map(s -> s == row.status()).orElse(true)
                && role.map(r -> r == row.role()).orElse(true)
                && overdue.map(o -> o == row.overdue()).orElse(true)
                && kind.map(k -> k.equals(row.unitKind() == null ? UNKNOWN_KIND : row.unitKind())).orElse(true);
    }

    public List<Compliance.UnitRow> apply(List<Compliance.UnitRow> rows) {
        return rows.stream().filter(this::matches).toList();
    }

    public boolean any() {
        return status.isPresent() || role.isPresent() || overdue.isPresent() || kind.isPresent();
    }

    private static <E extends Enum<E>> Optional<E> constant(E[] values, String name) {
        return Arrays.stream(values).filter(v -> v.name().equals(name)).findFirst();
    }
}

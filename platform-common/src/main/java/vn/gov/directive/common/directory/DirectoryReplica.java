package vn.gov.directive.common.directory;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.arc.properties.IfBuildProperty;
import vn.gov.directive.common.inbox.IncomingEvent;
import vn.gov.directive.events.GroupUpserted;
import vn.gov.directive.events.UnitRetired;
import vn.gov.directive.events.UnitUpserted;

/**
 * A service's own copy of the directory, kept from the compacted directory-events topic
 * (DESIGN §2: services never read each other's tables). Applying an event is an upsert, so a
 * redelivered one changes nothing.
 */
@ApplicationScoped
@IfBuildProperty(name = "platform.directory-replica.enabled", stringValue = "true")
public class DirectoryReplica {

    private static final String UNIT_COLUMNS = "code, name, kind, email, groups, valid_from, valid_to, successor";

    @Inject
    EntityManager entityManager;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        switch (event.type()) {
            case UNIT_UPSERTED -> upsert(event.payload(UnitUpserted.class));
            case UNIT_RETIRED -> retire(event.payload(UnitRetired.class));
            case GROUP_UPSERTED -> upsert(event.payload(GroupUpserted.class));
            default -> throw new IllegalArgumentException(event.type() + " is not a directory event");
        }
    }

    public Optional<ReplicaUnit> unit(String code) {
        return units("where code = ?1", code).stream().findFirst();
    }

    public List<ReplicaUnit> units(Collection<String> codes) {
        return units("where code = any(?1) order by code", codes.toArray(String[]::new));
    }

    public List<ReplicaUnit> allUnits() {
        return units("order by code", null);
    }

    public boolean isGroup(String code) {
        return !entityManager.createNativeQuery("select 1 from directory_group where code = ?1")
                .setParameter(1, code).getResultList().isEmpty();
    }

    /** The units listed in a group and valid on the given day. */
    public List<ReplicaUnit> membersOf(String group, LocalDate day) {
        return units("where ?1 = any(groups) order by code", group).stream().filter(u -> u.validOn(day)).toList();
    }

    private void upsert(UnitUpserted unit) {
        entityManager.createNativeQuery("insert into directory_unit (" + UNIT_COLUMNS + ") values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                + "on conflict (code) do update set name = excluded.name, kind = excluded.kind, email = excluded.email, "
                + "groups = excluded.groups, valid_from = excluded.valid_from, valid_to = excluded.valid_to, "
                + "successor = excluded.successor")
                .setParameter(1, unit.code())
                .setParameter(2, unit.name())
                .setParameter(3, unit.kind())
                .setParameter(4, unit.email())
                .setParameter(5, unit.groups() == null ? new String[0] : unit.groups().toArray(String[]::new))
                .setParameter(6, unit.validFrom() == null ? null : Date.valueOf(unit.validFrom()))
                .setParameter(7, unit.validTo() == null ? null : Date.valueOf(unit.validTo()))
                .setParameter(8, unit.successor())
                .executeUpdate();
    }

    /**
     * A retirement carries the unit's whole state (it is the last record of its key after
     * compaction), so it is applied as an upsert: a copy built from the compacted topic learns the
     * retired unit from it alone. A retirement published before it carried the state (no name)
     * can only close a unit the copy already has.
     */
    private void retire(UnitRetired retired) {
        if (retired.name() != null) {
            upsert(new UnitUpserted(retired.code(), retired.name(), retired.kind(), retired.email(), retired.groups(),
                    retired.validFrom(), retired.validTo(), retired.successor()));
            return;
        }
        entityManager.createNativeQuery("update directory_unit set valid_to = ?2, successor = ?3 where code = ?1")
                .setParameter(1, retired.code())
                .setParameter(2, Date.valueOf(retired.validTo()))
                .setParameter(3, retired.successor())
                .executeUpdate();
    }

    private void upsert(GroupUpserted group) {
        entityManager.createNativeQuery("insert into directory_group (code, name) values (?1, ?2) "
                + "on conflict (code) do update set name = excluded.name")
                .setParameter(1, group.code())
                .setParameter(2, group.name())
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<ReplicaUnit> units(String where, Object parameter) {
        var query = entityManager.createNativeQuery("select " + UNIT_COLUMNS + " from directory_unit " + where);
        if (parameter != null) {
            query.setParameter(1, parameter);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(DirectoryReplica::toUnit).toList();
    }

    private static ReplicaUnit toUnit(Object[] row) {
        return new ReplicaUnit((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                row[4] == null ? List.of() : Arrays.asList((String[]) row[4]), toDate(row[5]), toDate(row[6]),
                (String) row[7]);
    }

    private static LocalDate toDate(Object value) {
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        return (LocalDate) value;
    }
}

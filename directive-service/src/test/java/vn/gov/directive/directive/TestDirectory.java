package vn.gov.directive.directive;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.gov.directive.common.directory.DirectoryReplica;
import vn.gov.directive.common.directory.ReplicaUnit;
import vn.gov.directive.common.inbox.IncomingEvent;
import vn.gov.directive.events.EventJson;
import vn.gov.directive.events.EventType;
import vn.gov.directive.events.GroupUpserted;
import vn.gov.directive.events.UnitUpserted;

/**
 * Puts directory content into the service's replica as directory-events would (the replica's
 * own apply), so the directive tests do not depend on another service running.
 */
@ApplicationScoped
public class TestDirectory {

    @Inject
    DirectoryReplica replica;

    @Inject
    EntityManager entityManager;

    /**
     * The seed directory of Quảng Ninh, and nothing else in its groups (other tests, such as the
     * replica contract, add units to DISTRICT_PCS); applying it again changes nothing.
     */
    public void loadSeed() {
        List<ReplicaUnit> units = SeedFiles.units();
        QuarkusTransaction.requiringNew().run(() -> {
            SeedFiles.groups().forEach(g -> apply(EventType.GROUP_UPSERTED, g.code(), g));
            units.forEach(this::unit);
            entityManager.createNativeQuery("delete from directory_unit where groups && cast(?1 as text[]) and not code = any(?2)")
                    .setParameter(1, SeedFiles.groups().stream().map(GroupUpserted::code).toArray(String[]::new))
                    .setParameter(2, units.stream().map(ReplicaUnit::code).toArray(String[]::new))
                    .executeUpdate();
        });
    }

    /** A fresh issuer of its own (its register starts at 1), in no group. */
    public String newIssuer() {
        String code = "SO-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        QuarkusTransaction.requiringNew().run(() -> unit(new ReplicaUnit(code, "Sở thử nghiệm " + code, "PROVINCIAL_AGENCY",
                null, List.of(), null, null, null)));
        return code;
    }

    /** A group of {@code size} fresh units, written in one statement (a 10,000-unit province in a second). */
    public String newGroup(int size) {
        String group = "G_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        QuarkusTransaction.requiringNew().run(() -> {
            apply(EventType.GROUP_UPSERTED, group, new GroupUpserted(group, "Nhóm thử nghiệm " + group));
            entityManager.createNativeQuery("""
                    insert into directory_unit (code, name, kind, email, groups)
                    select ?1 || '-' || lpad(n::text, 5, '0'), 'Đơn vị ' || n, 'COMMUNE_PC', null, array[?1]
                    from generate_series(1, ?2) as n""")
                    .setParameter(1, group).setParameter(2, size).executeUpdate();
        });
        return group;
    }

    private void unit(ReplicaUnit u) {
        apply(EventType.UNIT_UPSERTED, u.code(), new UnitUpserted(u.code(), u.name(), u.kind(), u.email(), u.groups(),
                u.validFrom(), u.validTo(), u.successor()));
    }

    private void apply(EventType type, String key, Object payload) {
        replica.apply(new IncomingEvent(UUID.randomUUID(), type, key, key, EventJson.write(payload)));
    }
}

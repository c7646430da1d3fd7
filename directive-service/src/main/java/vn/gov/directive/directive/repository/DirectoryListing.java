package vn.gov.directive.directive.repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.gov.directive.common.directory.DirectoryReplica;
import vn.gov.directive.common.directory.ReplicaUnit;

/**
 * The service's copy of the directory as a clerk picks recipients from it: the groups, and the
 * units valid on the day (a unit that has ceased to exist is not offered; expansion would refuse it).
 */
@ApplicationScoped
public class DirectoryListing {

    /** A group with the number of its members valid on the day (the issuer left out: it never receives its own). */
    public record Group(String code, String name, int members) {
    }

    @Inject
    DirectoryReplica replica;

    @Inject
    EntityManager entityManager;

    @Transactional
    public List<Group> groups(LocalDate day, String issuer) {
        List<ReplicaUnit> units = replica.allUnits();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select code, name from directory_group order by name, code")
                .getResultList();
        return rows.stream().map(row -> {
            String code = (String) row[0];
            int members = (int) units.stream().filter(u -> u.groups().contains(code) && u.validOn(day) && !u.code().equals(issuer)).count();
            return new Group(code, (String) row[1], members);
        }).toList();
    }

    @Transactional
    public List<ReplicaUnit> units(LocalDate day) {
        return replica.allUnits().stream().filter(u -> u.validOn(day)).toList();
    }

    /** The units and groups of these codes, by code: names for what a directive names. */
    @Transactional
    public Map<String, String> names(Collection<String> codes) {
        Map<String, String> names = new HashMap<>();
        replica.units(codes).forEach(u -> names.put(u.code(), u.name()));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select code, name from directory_group where code = any(?1)")
                .setParameter(1, codes.toArray(String[]::new)).getResultList();
        rows.forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }
}

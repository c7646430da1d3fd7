package vn.gov.directive.directive.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import vn.gov.directive.common.directory.ReplicaUnit;

/** A directory held in memory for the domain tests. */
class InMemoryDirectory implements DirectoryLookup {

    private final Map<String, ReplicaUnit> units = new LinkedHashMap<>();
    private final Set<String> groups;

    InMemoryDirectory(List<ReplicaUnit> units, Set<String> groups) {
        units.forEach(u -> this.units.put(u.code(), u));
        this.groups = groups;
    }

    InMemoryDirectory with(ReplicaUnit unit) {
        List<ReplicaUnit> all = new ArrayList<>(units.values());
        all.removeIf(u -> u.code().equals(unit.code()));
        all.add(unit);
        return new InMemoryDirectory(all, groups);
    }

    @Override
    public Optional<ReplicaUnit> unit(String code) {
        return Optional.ofNullable(units.get(code));
    }

    @Override
    public boolean isGroup(String code) {
        return groups.contains(code);
    }

    @Override
    public List<ReplicaUnit> membersOf(String group, LocalDate day) {
        return units.values().stream().filter(u -> u.groups().contains(group) && u.validOn(day))
                .sorted((a, b) -> a.code().compareTo(b.code())).collect(Collectors.toList());
    }
}

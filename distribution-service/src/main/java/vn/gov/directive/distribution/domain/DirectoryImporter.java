package vn.gov.directive.distribution.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.directive.common.audit.AuditActions;
import vn.gov.directive.common.audit.AuditTrail;
import vn.gov.directive.common.outbox.Outbox;
import vn.gov.directive.common.outbox.OutgoingEvent;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.common.security.Caller;
import vn.gov.directive.common.text.VietnameseText;
import vn.gov.directive.common.time.VietnamTime;
import vn.gov.directive.events.EventType;
import vn.gov.directive.events.UnitUpserted;

/**
 * Brings the directory to the state of a file: new and changed groups and units are upserted, a
 * unit missing from the file is retired (its last valid day is yesterday, Vietnam time), never
 * deleted. Only real changes are stored and published on directory-events, so importing the
 * same file twice changes nothing.
 */
@ApplicationScoped
public class DirectoryImporter {

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail auditTrail;

    /** Imports the file; who did it is kept in the audit trail with the changes it made (an import that changed nothing too). */
    @Transactional
    public DirectoryChanges importFile(DirectoryFile file, Caller operator) {
        checkConsistent(file);
        List<OutgoingEvent> events = new ArrayList<>();
        int groups = importGroups(file, events);
        int units = importUnits(file, events);
        int retired = retireUnlisted(file, events);
        outbox.appendAll(events);
        DirectoryChanges changes = new DirectoryChanges(groups, units, retired);
        auditTrail.record(operator, AuditActions.DIRECTORY_IMPORT, "directory",
                "groups upserted " + groups + ", units upserted " + units + ", units retired " + retired
                        + " (" + file.units().size() + " units in the file)");
        return changes;
    }

    private int importGroups(DirectoryFile file, List<OutgoingEvent> events) {
        Map<String, UnitGroup> existing = UnitGroup.<UnitGroup>listAll().stream()
                .collect(Collectors.toMap(g -> g.code, Function.identity()));
        int changed = 0;
        for (DirectoryFile.Group listed : file.groups()) {
            String name = VietnameseText.nfc(listed.name());
            UnitGroup group = existing.get(listed.code());
            if (group != null && group.name.equals(name)) {
                continue;
            }
            if (group == null) {
                group = new UnitGroup();
                group.code = listed.code();
            }
            group.name = name;
            group.persist();
            events.add(OutgoingEvent.of(EventType.GROUP_UPSERTED, group.code, group.toEvent()));
            changed++;
        }
        return changed;
    }

    private int importUnits(DirectoryFile file, List<OutgoingEvent> events) {
        Map<String, Unit> existing = Unit.<Unit>listAll().stream().collect(Collectors.toMap(u -> u.code, Function.identity()));
        int changed = 0;
        for (DirectoryFile.ListedUnit listed : file.units()) {
            Unit unit = existing.get(listed.code());
            boolean isNew = unit == null;
            if (isNew) {
                unit = new Unit();
                unit.code = listed.code();
            }
            if (unit.takeStateOf(normalised(listed)) || isNew) {
                unit.persist();
                events.add(OutgoingEvent.of(EventType.UNIT_UPSERTED, unit.code, unit.toEvent()));
                changed++;
            }
        }
        return changed;
    }

    private int retireUnlisted(DirectoryFile file, List<OutgoingEvent> events) {
        Set<String> listed = file.units().stream().map(DirectoryFile.ListedUnit::code).collect(Collectors.toSet());
        LocalDate lastDay = LocalDate.now(VietnamTime.ZONE).minusDays(1);
        int retired = 0;
        for (Unit unit : Unit.<Unit>listAll()) {
            if (!listed.contains(unit.code) && !unit.isRetiredBy(LocalDate.now(VietnamTime.ZONE))) {
                unit.validTo = lastDay;
                events.add(OutgoingEvent.of(EventType.UNIT_RETIRED, unit.code, unit.toRetiredEvent()));
                retired++;
            }
        }
        return retired;
    }

    private static UnitUpserted normalised(DirectoryFile.ListedUnit listed) {
        return new UnitUpserted(listed.code(), VietnameseText.nfc(listed.name()), listed.kind(), listed.email(),
                listed.groups() == null ? List.of() : List.copyOf(listed.groups()), listed.validFrom(), listed.validTo(),
                listed.successor());
    }

    /** Refuses a file that names a group or successor it does not define, or lists a code twice. */
    private static void checkConsistent(DirectoryFile file) {
        Set<String> seen = new HashSet<>();
        Set<String> duplicates = new LinkedHashSet<>();
        file.units().forEach(u -> {
            if (!seen.add(u.code())) {
                duplicates.add(u.code());
            }
        });
        if (!duplicates.isEmpty()) {
            throw ProblemException.unprocessable("duplicate-unit", "Units listed more than once: " + String.join(", ", duplicates));
        }
        Set<String> groups = file.groups().stream().map(DirectoryFile.Group::code).collect(Collectors.toSet());
        Set<String> unknownGroups = file.units().stream()
                .flatMap(u -> u.groups() == null ? java.util.stream.Stream.empty() : u.groups().stream())
                .filter(g -> !groups.contains(g)).collect(Collectors.toCollection(LinkedHashSet::new));
        if (!unknownGroups.isEmpty()) {
            throw ProblemException.unprocessable("unknown-group", "Groups not defined in the file: " + String.join(", ", unknownGroups));
        }
        Set<String> unknownSuccessors = file.units().stream().map(DirectoryFile.ListedUnit::successor)
                .filter(s -> s != null && !seen.contains(s)).collect(Collectors.toCollection(LinkedHashSet::new));
        if (!unknownSuccessors.isEmpty()) {
            throw ProblemException.unprocessable("unknown-successor", "Successor units not in the file: " + String.join(", ", unknownSuccessors));
        }
    }
}

package vn.gov.directive.directive.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.gov.directive.common.directory.ReplicaUnit;
import vn.gov.directive.common.problem.Problem;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.events.Recipient;
import vn.gov.directive.events.Role;

/**
 * Turns the recipients a directive names into the units that receive it (DESIGN §4): a group
 * becomes its members valid on the issue date, the issuer never receives its own directive, a
 * unit named several times keeps its strongest role, and unknown (or no longer valid) codes
 * refuse the whole directive, each one named.
 */
public class RecipientExpansion {

    private final DirectoryLookup directory;

    public RecipientExpansion(DirectoryLookup directory) {
        this.directory = directory;
    }

    /**
     * Expands everything the content names (recipients and task assignees) in one pass; every
     * unknown code of either is named in one 422.
     */
    public ExpandedRecipients expand(DirectiveContent content, String issuer, LocalDate day) {
        List<Problem.FieldError> unknown = new ArrayList<>();
        List<Recipient> recipients = roles(content.recipients(), issuer, day, unknown);
        List<List<String>> assignees = new ArrayList<>();
        for (int t = 0; t < content.tasks().size(); t++) {
            assignees.add(assignees(content.tasks().get(t).assignees(), issuer, day, "tasks[" + t + "].assignees", unknown));
        }
        refuseUnknown(unknown);
        return new ExpandedRecipients(recipients, assignees);
    }

    /** The recipients alone, as issuing would expand them: one per unit, in the order first named. */
    public List<Recipient> recipients(List<NamedRecipient> named, String issuer, LocalDate day) {
        List<Problem.FieldError> unknown = new ArrayList<>();
        List<Recipient> recipients = roles(named, issuer, day, unknown);
        refuseUnknown(unknown);
        return new ExpandedRecipients(recipients, List.of()).toIssue();
    }

    private List<Recipient> roles(List<NamedRecipient> named, String issuer, LocalDate day, List<Problem.FieldError> unknown) {
        Map<String, Role> roles = new LinkedHashMap<>();
        for (int i = 0; i < named.size(); i++) {
            NamedRecipient recipient = named.get(i);
            for (String unit : units(recipient.target(), day, "recipients[" + i + "]", unknown)) {
                if (!unit.equals(issuer)) {
                    roles.merge(unit, recipient.role(), (kept, other) -> other.isStrongerThan(kept) ? other : kept);
                }
            }
        }
        return roles.entrySet().stream().map(e -> new Recipient(e.getKey(), e.getValue())).toList();
    }

    private List<String> assignees(List<UnitRef> named, String issuer, LocalDate day, String field,
            List<Problem.FieldError> unknown) {
        Set<String> units = new LinkedHashSet<>();
        for (int i = 0; i < named.size(); i++) {
            units.addAll(units(named.get(i), day, field + "[" + i + "]", unknown));
        }
        units.remove(issuer);
        return List.copyOf(units);
    }

    private List<String> units(UnitRef ref, LocalDate day, String field, List<Problem.FieldError> unknown) {
        if (ref.namesGroup()) {
            if (!directory.isGroup(ref.group())) {
                unknown.add(new Problem.FieldError(field + ".group", "unknown group " + ref.group(), ref.group()));
                return List.of();
            }
            return directory.membersOf(ref.group(), day).stream().map(ReplicaUnit::code).toList();
        }
        Optional<ReplicaUnit> unit = directory.unit(ref.unit());
        if (unit.isEmpty()) {
            unknown.add(new Problem.FieldError(field + ".unit", "unknown unit " + ref.unit(), ref.unit()));
            return List.of();
        }
        if (!unit.get().validOn(day)) {
            unknown.add(new Problem.FieldError(field + ".unit", "unit " + ref.unit() + " is not valid on " + day, ref.unit()));
            return List.of();
        }
        return List.of(ref.unit());
    }

    private static void refuseUnknown(List<Problem.FieldError> unknown) {
        if (!unknown.isEmpty()) {
            String codes = String.join(", ", unknown.stream().map(Problem.FieldError::message).toList());
            throw new ProblemException(Problem.of(422, "unknown-recipients", "Unprocessable Content",
                    "The directory does not know these recipients: " + codes).withErrors(unknown));
        }
    }
}

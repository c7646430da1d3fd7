package vn.gov.directive.directive.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import vn.gov.directive.directive.domain.Directive;
import vn.gov.directive.directive.domain.DirectiveContent;
import vn.gov.directive.directive.domain.DirectiveStatus;
import vn.gov.directive.directive.domain.NamedRecipient;
import vn.gov.directive.directive.domain.Signer;
import vn.gov.directive.directive.domain.TaskSpec;
import vn.gov.directive.directive.domain.UnitRef;
import vn.gov.directive.events.Recipient;
import vn.gov.directive.events.Role;
import vn.gov.directive.events.Urgency;
import vn.gov.directive.common.time.VietnamTime;
import vn.gov.directive.web.Labels;
import vn.gov.directive.web.LabelsBundle;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * A directive as its page shows it: the Decree 30 fields, the recipients as named and as expanded
 * (counted per role), the tasks, with every time in Vietnam time.
 */
public record DirectiveSheet(UUID id, String documentType, String number, String symbol, DirectiveStatus status,
        String statusLabel, String subject, String urgency, boolean urgent, String place, String signer, String deadline,
        String createdBy, String createdAt, String issuedBy, String issuedAt, String recalledAt, String recallReason,
        List<Named> named, List<Task> tasks, String body, Expansion expansion) {

    public record Named(String code, String name, boolean group, String role) {
    }

    public record Task(int number, String title, List<String> assignees, String deadline, String field) {
    }

    public record Count(String label, int value) {
    }

    /** The units the directive reaches: as issued, or for a draft as it would be issued today (or why it cannot be). */
    public record Expansion(boolean preview, int total, List<Count> counts, List<Named> units, String refusal) {

        static Expansion of(boolean preview, int total, Map<Role, Integer> byRole, List<Recipient> shown,
                Map<String, String> names) {
            Labels labels = LabelsBundle.get();
            return new Expansion(preview, total, counts(byRole), shown.stream().map(r -> new Named(r.unit(),
                    names.getOrDefault(r.unit(), r.unit()), false, labels.role(r.role()))).toList(), null);
        }

        /** Fewer units listed than reached: the list shows the first page only. */
        public boolean partial() {
            return units.size() < total;
        }

        static Expansion refused(String refusal) {
            return new Expansion(true, 0, List.of(), List.of(), refusal);
        }

        private static List<Count> counts(Map<Role, Integer> byRole) {
            List<Count> counts = new ArrayList<>();
            for (Role role : Role.values()) {
                counts.add(new Count(LabelsBundle.get().role(role), byRole.getOrDefault(role, 0)));
            }
            return counts;
        }
    }

    public boolean draft() {
        return status == DirectiveStatus.DRAFT;
    }

    static DirectiveSheet of(Directive d, Map<String, String> names, Expansion expansion) {
        DirectiveContent content = d.content();
        Labels labels = LabelsBundle.get();
        DirectiveLabels own = MessageBundles.get(DirectiveLabels.class);
        List<Named> named = content.recipients().stream().map(r -> named(r, names)).toList();
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < content.tasks().size(); i++) {
            TaskSpec task = content.tasks().get(i);
            tasks.add(new Task(i + 1, task.title(), task.assignees().stream().map(a -> name(a, names)).toList(),
                    VietnamTime.dateTime(task.deadline()), task.reportFields().isEmpty() ? ""
                            : task.reportFields().get(0).label() + " (" + own.fieldType(task.reportFields().get(0).type()) + ")"));
        }
        return new DirectiveSheet(d.id, labels.documentType(d.documentType), d.numberText, d.symbol, d.status,
                own.status(d.status), d.subject, labels.urgency(d.urgency), d.urgency != Urgency.NORMAL, d.place == null ? "" : d.place,
                signer(content.signer()), VietnamTime.dateTime(d.deadline), d.createdBy, VietnamTime.dateTime(d.createdAt),
                d.issuedBy == null ? "" : d.issuedBy, VietnamTime.dateTime(d.issuedAt), VietnamTime.dateTime(d.recalledAt),
                d.recallReason == null ? "" : d.recallReason, named, tasks, d.body, expansion);
    }

    /** "KT. Giám đốc, Phó Giám đốc Nguyễn Văn A" is how a letter signs; here: authority, title, name. */
    private static String signer(Signer signer) {
        String authority = signer.authority() == null || signer.authority().isBlank() ? "" : signer.authority() + " ";
        return authority + signer.title() + ": " + signer.name();
    }

    private static Named named(NamedRecipient recipient, Map<String, String> names) {
        UnitRef target = recipient.target();
        String code = target.namesGroup() ? target.group() : target.unit();
        return new Named(code, names.getOrDefault(code, code), target.namesGroup(), LabelsBundle.get().role(recipient.role()));
    }

    private static String name(UnitRef ref, Map<String, String> names) {
        String code = ref.namesGroup() ? ref.group() : ref.unit();
        return names.getOrDefault(code, code);
    }
}

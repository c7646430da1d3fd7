package vn.gov.directive.directive.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import vn.gov.directive.events.DirectiveAmended;
import vn.gov.directive.events.DirectiveDocument;
import vn.gov.directive.events.DirectiveIssued;
import vn.gov.directive.events.DirectiveRecalled;
import vn.gov.directive.events.TaskSummary;

/** The payloads directive-service publishes, built from the directive as stored. */
public final class DirectiveEvents {

    private DirectiveEvents() {
    }

    public static DirectiveIssued issued(Directive directive, String issuerName, ExpandedRecipients expanded) {
        DirectiveContent content = directive.content();
        return new DirectiveIssued(directive.id, directive.version, directive.issuer, issuerName, directive.numberText,
                directive.documentType, directive.subject, directive.urgency, directive.issuedAt, directive.deadline,
                content.reminderPolicy() == null ? null : content.reminderPolicy().toEvent(), document(content),
                tasks(content, expanded), expanded.toIssue());
    }

    public static DirectiveAmended amended(Directive directive, String changeSummary, Instant at, String actor,
            ExpandedRecipients expanded) {
        DirectiveContent content = directive.content();
        return new DirectiveAmended(directive.id, directive.version, directive.numberText, directive.subject,
                directive.deadline, changeSummary, at, actor, document(content), tasks(content, expanded));
    }

    public static DirectiveRecalled recalled(Directive directive) {
        return new DirectiveRecalled(directive.id, directive.version, directive.numberText, directive.recallReason,
                directive.recalledAt, directive.recalledBy);
    }

    static DirectiveDocument document(DirectiveContent content) {
        return new DirectiveDocument(content.place(), content.body(), content.signer().name(), content.signer().title(),
                content.signer().authority(), content.drafter(), content.references(), content.archive());
    }

    /** Tasks with the assignees the expansion found (as of the issue date); codes T1, T2, ... where none was given. */
    static List<TaskSummary> tasks(DirectiveContent content, ExpandedRecipients expanded) {
        List<TaskSummary> tasks = new ArrayList<>();
        for (int i = 0; i < content.tasks().size(); i++) {
            TaskSpec task = content.tasks().get(i);
            List<String> assignees = expanded.taskAssignees().get(i);
            tasks.add(new TaskSummary(task.code() != null ? task.code() : "T" + (i + 1), task.title(), assignees,
                    task.deadline(), task.reportFields().stream().map(ReportFieldSpec::toEvent).toList()));
        }
        return tasks;
    }
}

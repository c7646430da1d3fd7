package vn.gov.directive.directive.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import vn.gov.directive.common.problem.Problem;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.common.text.VietnameseText;
import vn.gov.directive.events.Urgency;

/**
 * What a directive says, laid out as Decree 30/2020 lays out an official letter: everything but
 * its identity (issuer), its number and its life (status, versions). A version's snapshot is
 * this record.
 */
public record DirectiveContent(String documentType, String symbol, String place, String subject, String body,
        Signer signer, String drafter, Urgency urgency, Confidentiality confidentiality, List<String> references,
        List<String> archive, List<NamedRecipient> recipients, List<TaskSpec> tasks, Instant deadline,
        ReminderPolicySpec reminderPolicy) {

    public DirectiveContent {
        urgency = urgency == null ? Urgency.NORMAL : urgency;
        confidentiality = confidentiality == null ? Confidentiality.NONE : confidentiality;
        references = references == null ? List.of() : List.copyOf(references);
        archive = archive == null ? List.of() : List.copyOf(archive);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }

    /** The same content with every text in Unicode NFC, whatever form it arrived in. */
    public DirectiveContent normalised() {
        return new DirectiveContent(documentType, symbol, nfc(place), nfc(subject), nfc(body),
                signer == null ? null : new Signer(nfc(signer.name()), nfc(signer.title()), nfc(signer.authority())),
                nfc(drafter), urgency, confidentiality, VietnameseText.nfc(references), VietnameseText.nfc(archive),
                recipients, tasks.stream().map(DirectiveContent::normalised).toList(), deadline, reminderPolicy);
    }

    /**
     * The rules a directive must meet to be stored or issued at {@code now}: no state secret, and
     * no deadline (its own or a task's) already past. Each breach is named.
     */
    public void checkAcceptable(Instant now) {
        if (confidentiality.isSecret()) {
            throw ProblemException.unprocessable("confidential-document", "A document classified " + confidentiality
                    + " is a state secret (QĐ 28/2018/QĐ-TTg) and may not be sent through this platform; only NONE is accepted");
        }
        List<Problem.FieldError> past = new ArrayList<>();
        if (deadline != null && !deadline.isAfter(now)) {
            past.add(new Problem.FieldError("deadline", "is not in the future: " + deadline));
        }
        for (int i = 0; i < tasks.size(); i++) {
            Instant own = tasks.get(i).deadline();
            if (own != null && !own.isAfter(now)) {
                past.add(new Problem.FieldError("tasks[" + i + "].deadline", "is not in the future: " + own));
            }
        }
        if (!past.isEmpty()) {
            throw new ProblemException(Problem.of(422, "deadline-in-past", "Unprocessable Content",
                    "A deadline must lie after the time of issue (" + now + ")").withErrors(past));
        }
    }

    /** The content after an amendment: each field the amendment names replaces this one's. */
    public DirectiveContent amendedBy(Amendment change) {
        return new DirectiveContent(documentType, symbol, or(change.place(), place), or(change.subject(), subject),
                or(change.body(), body), or(change.signer(), signer), or(change.drafter(), drafter),
                or(change.urgency(), urgency), confidentiality, or(change.references(), references),
                or(change.archive(), archive), recipients, or(change.tasks(), tasks), or(change.deadline(), deadline),
                or(change.reminderPolicy(), reminderPolicy));
    }

    private static TaskSpec normalised(TaskSpec task) {
        List<ReportFieldSpec> fields = task.reportFields() == null ? List.of()
                : task.reportFields().stream().map(f -> new ReportFieldSpec(f.key(), nfc(f.label()), f.type(), f.required())).toList();
        return new TaskSpec(task.code(), nfc(task.title()), task.assignees() == null ? List.of() : List.copyOf(task.assignees()),
                task.deadline(), fields);
    }

    private static String nfc(String text) {
        return VietnameseText.nfc(text);
    }

    private static <T> T or(T changed, T current) {
        return changed != null ? changed : current;
    }
}

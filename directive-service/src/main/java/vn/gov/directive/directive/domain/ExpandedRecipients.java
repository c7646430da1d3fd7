package vn.gov.directive.directive.domain;

import java.util.List;

import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.events.Recipient;

/**
 * What a directive's named recipients and task assignees come to on one day, expanded once per
 * request: the checks, the stored recipient list and the published event all read this.
 *
 * @param recipients    one per unit, in the order first named, the issuer left out (may be empty for a draft)
 * @param taskAssignees per task, in the content's order, its assignees as unit codes without the issuer
 */
public record ExpandedRecipients(List<Recipient> recipients, List<List<String>> taskAssignees) {

    public ExpandedRecipients {
        recipients = List.copyOf(recipients);
        taskAssignees = taskAssignees.stream().map(List::copyOf).toList();
    }

    /** The units to issue to; 422 when the named recipients leave nobody but the issuer. */
    public List<Recipient> toIssue() {
        if (recipients.isEmpty()) {
            throw ProblemException.unprocessable("no-recipients", "The named recipients leave no unit to send the directive to");
        }
        return recipients;
    }
}

package vn.gov.directive.directive.domain;

import java.time.Instant;
import java.util.List;

import vn.gov.directive.events.Urgency;

/**
 * A change to an issued directive: the fields it names (null = unchanged) and what changed, in
 * words, for the recipients. Recipients, number and confidentiality cannot be amended.
 */
public record Amendment(String place, String subject, String body, Signer signer, String drafter, Urgency urgency,
        List<String> references, List<String> archive, List<TaskSpec> tasks, Instant deadline,
        ReminderPolicySpec reminderPolicy, String changeSummary) {
}

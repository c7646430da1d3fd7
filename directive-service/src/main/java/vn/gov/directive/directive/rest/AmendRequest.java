package vn.gov.directive.directive.rest;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.gov.directive.common.text.VietnameseText;
import vn.gov.directive.directive.domain.Amendment;
import vn.gov.directive.events.Urgency;
import vn.gov.directive.common.text.OneLine;
import vn.gov.directive.common.text.MultiLine;

/** The fields that change (absent = unchanged) and, always, what changed in words. */
public record AmendRequest(
        @Size(max = 200) @OneLine String place,
        @Size(min = 1, max = 1000) @OneLine String subject,
        @Size(min = 1, max = 5_000_000) @MultiLine String body,
        @Valid SignerRequest signer,
        @Size(max = 200) @OneLine String drafter,
        Urgency urgency,
        @Size(max = 100) List<@NotBlank @Size(max = 1000) @OneLine String> references,
        @Size(max = 50) List<@NotBlank @Size(max = 100) @OneLine String> archive,
        @Size(max = 500) List<@NotNull @Valid TaskRequest> tasks,
        Instant deadline,
        @Valid ReminderPolicyRequest reminderPolicy,
        @NotBlank @Size(max = 10_000) @MultiLine String changeSummary) {

    Amendment toDomain() {
        return new Amendment(place, subject, body, signer == null ? null : signer.toDomain(), drafter, urgency, references,
                archive, tasks == null ? null : tasks.stream().map(TaskRequest::toDomain).toList(), deadline,
                reminderPolicy == null ? null : reminderPolicy.toDomain(), VietnameseText.nfc(changeSummary));
    }
}

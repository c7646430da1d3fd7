package vn.gov.directive.directive.rest;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.gov.directive.directive.domain.Confidentiality;
import vn.gov.directive.directive.domain.DirectiveContent;
import vn.gov.directive.events.Urgency;
import vn.gov.directive.common.text.OneLine;
import vn.gov.directive.common.text.MultiLine;

/**
 * A directive as the provincial document system or a clerk submits it: the shape of
 * seed/directive-STTTT-2024-04.json. Sizes follow the DirectiveIssued contract, so whatever is
 * accepted can be published.
 */
public record DirectiveRequest(
        @Size(max = 200) @OneLine String externalRef,
        @NotBlank @Size(max = 64) @Pattern(regexp = Codes.CODE, message = Codes.CODE_MESSAGE) String issuer,
        @NotBlank @Size(max = 64) @Pattern(regexp = Codes.DOCUMENT_TYPE, message = "must be upper case, e.g. CONG_VAN") String documentType,
        @NotBlank @Size(max = 80) @Pattern(regexp = Codes.SYMBOL, message = "must not contain spaces") String symbol,
        @NotBlank @Size(max = 1000) @OneLine String subject,
        @Size(max = 200) @OneLine String place,
        Urgency urgency,
        Confidentiality confidentiality,
        @NotNull @Valid SignerRequest signer,
        @Size(max = 200) @OneLine String drafter,
        @Size(max = 100) List<@NotBlank @Size(max = 1000) @OneLine String> references,
        @NotEmpty @Size(max = 10_000) List<@NotNull @Valid RecipientRequest> recipients,
        @Size(max = 50) List<@NotBlank @Size(max = 100) @OneLine String> archive,
        @Size(max = 500) List<@NotNull @Valid TaskRequest> tasks,
        Instant deadline,
        @Valid ReminderPolicyRequest reminderPolicy,
        @NotBlank @Size(max = 5_000_000) @MultiLine String body) {

    public DirectiveContent toContent() {
        return new DirectiveContent(documentType, symbol, place, subject, body, signer.toDomain(), drafter, urgency,
                confidentiality, references, archive, recipients.stream().map(RecipientRequest::toDomain).toList(),
                tasks == null ? List.of() : tasks.stream().map(TaskRequest::toDomain).toList(), deadline,
                reminderPolicy == null ? null : reminderPolicy.toDomain());
    }
}

package vn.gov.directive.distribution.rest;

import java.time.Instant;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.gov.directive.common.text.OneLine;
import vn.gov.directive.common.text.MultiLine;

/** Bodies of the delivery actions. */
public final class DeliveryRequests {

    private DeliveryRequests() {
    }

    /** Return as misaddressed, or request a revision: the reason is required. */
    public record Reason(@NotBlank @Size(max = 2000) @OneLine String reason) {
    }

    /** Accepting a report may carry a comment. */
    public record Comment(@Size(min = 1, max = 2000) @OneLine String reason) {
    }

    /** {@code fields}: report-field key to value, checked against the report fields of the unit's tasks. */
    public record Report(@NotBlank @Size(max = 10_000) @MultiLine String summary, @Size(max = 200) Map<String, Object> fields) {
    }

    public record ExtendDeadline(@NotNull Instant deadline, @NotBlank @Size(max = 2000) @OneLine String reason) {
    }
}

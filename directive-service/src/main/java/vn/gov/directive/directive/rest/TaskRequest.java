package vn.gov.directive.directive.rest;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.gov.directive.directive.domain.TaskSpec;
import vn.gov.directive.common.text.OneLine;

/** A task: its assignees (groups or units), an optional own deadline and report fields. */
public record TaskRequest(
        @Size(max = 64) @OneLine String code,
        @NotBlank @Size(max = 2000) @OneLine String title,
        @NotEmpty @Size(max = 1000) List<@NotNull @Valid UnitRefRequest> assignees,
        Instant deadline,
        @Size(max = 100) List<@NotNull @Valid ReportFieldRequest> reportFields) {

    TaskSpec toDomain() {
        return new TaskSpec(code, title, assignees.stream().map(UnitRefRequest::toDomain).toList(), deadline,
                reportFields == null ? List.of() : reportFields.stream().map(ReportFieldRequest::toDomain).toList());
    }
}

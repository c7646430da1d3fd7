package vn.gov.directive.directive.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.gov.directive.directive.domain.ReportFieldSpec;
import vn.gov.directive.directive.domain.ReportFieldType;
import vn.gov.directive.common.text.OneLine;

/** A structured report field: key, label, type (NUMBER, INTEGER, TEXT, DATE, BOOLEAN), required or not. */
public record ReportFieldRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = Codes.FIELD_KEY, message = "must start with a letter; letters, digits and '_'") String key,
        @NotBlank @Size(max = 500) @OneLine String label,
        @NotNull ReportFieldType type,
        Boolean required) {

    ReportFieldSpec toDomain() {
        return new ReportFieldSpec(key, label, type, Boolean.TRUE.equals(required));
    }
}

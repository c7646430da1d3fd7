package vn.gov.directive.directive.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.gov.directive.common.text.OneLine;

/** Why a directive is recalled. */
public record RecallRequest(@NotBlank @Size(max = 2000) @OneLine String reason) {
}

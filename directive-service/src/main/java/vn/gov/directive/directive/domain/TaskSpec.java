package vn.gov.directive.directive.domain;

import java.time.Instant;
import java.util.List;

/** A task of a directive: assignees as named (groups or units), an optional own deadline, what to report. */
public record TaskSpec(String code, String title, List<UnitRef> assignees, Instant deadline,
        List<ReportFieldSpec> reportFields) {
}

package vn.gov.directive.events;

import java.time.Instant;
import java.util.List;

/** A task of a directive as its consumers need it: who must do it, by when, and what to report. */
public record TaskSummary(String code, String title, List<String> assignees, Instant deadline,
        List<ReportField> reportFields) {
}

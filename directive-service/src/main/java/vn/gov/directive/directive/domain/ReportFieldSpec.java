package vn.gov.directive.directive.domain;

import vn.gov.directive.events.ReportField;

/** A structured field units fill in when they report on a task. */
public record ReportFieldSpec(String key, String label, ReportFieldType type, boolean required) {

    public ReportField toEvent() {
        return new ReportField(key, label, type.name(), required);
    }
}

package vn.gov.directive.events;

/** A structured field a unit fills in its report; {@code type} is NUMBER, INTEGER, TEXT, DATE or BOOLEAN. */
public record ReportField(String key, String label, String type, boolean required) {
}

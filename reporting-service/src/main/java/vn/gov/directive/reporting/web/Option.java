package vn.gov.directive.reporting.web;

/** One choice of a select box. */
public record Option(String value, String label, boolean selected) {
}

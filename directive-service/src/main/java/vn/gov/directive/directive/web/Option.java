package vn.gov.directive.directive.web;

/** One choice of a select box. */
public record Option(String value, String label) {
}

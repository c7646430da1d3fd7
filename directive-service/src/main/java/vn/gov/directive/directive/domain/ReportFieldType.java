package vn.gov.directive.directive.domain;

/** What a unit enters in a structured report field. */
public enum ReportFieldType {
    NUMBER, INTEGER, TEXT, DATE, BOOLEAN
}

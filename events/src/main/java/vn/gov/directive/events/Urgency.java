package vn.gov.directive.events;

/** Urgency of a document (Decree 30/2020): Khẩn, Thượng khẩn, Hỏa tốc. */
public enum Urgency {
    NORMAL, URGENT, VERY_URGENT, FLASH
}

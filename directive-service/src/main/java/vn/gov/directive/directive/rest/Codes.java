package vn.gov.directive.directive.rest;

/** Patterns of the event contract, checked on the way in so that what we store we can publish. */
final class Codes {

    /** A unit or group code of the directory. */
    static final String CODE = "^[A-Z0-9][A-Z0-9_-]*$";
    static final String CODE_MESSAGE = "must be a directory code: upper-case letters, digits, '-' and '_'";
    /** CONG_VAN, CHI_THI, QUYET_DINH, ... */
    static final String DOCUMENT_TYPE = "^[A-Z][A-Z0-9_]*$";
    /** The symbol after the number: no spaces ("STTTT-TTBCXB"). */
    static final String SYMBOL = "^\\S+$";
    static final String FIELD_KEY = "^[A-Za-z][A-Za-z0-9_]*$";

    private Codes() {
    }
}

package vn.gov.directive.events;

/** Delivery states of DESIGN §4, with the QCVN 102:2016 (edXML) status code where one exists. */
public enum DeliveryStatus {
    PENDING(null),
    DELIVERED("01"),
    ACKNOWLEDGED("03"),
    IN_PROGRESS("05"),
    REPORTED(null),
    COMPLETED("06"),
    REVISION_REQUESTED(null),
    RETURNED("02"),
    RECALLED("13");

    private final String edxmlCode;

    DeliveryStatus(String edxmlCode) {
        this.edxmlCode = edxmlCode;
    }

    public String edxmlCode() {
        return edxmlCode;
    }
}

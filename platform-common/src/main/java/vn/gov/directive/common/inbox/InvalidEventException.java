package vn.gov.directive.common.inbox;

/** An event that can never be processed: retrying is pointless, it goes to the dead-letter topic. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }
}

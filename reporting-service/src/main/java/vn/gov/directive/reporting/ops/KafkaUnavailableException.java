package vn.gov.directive.reporting.ops;

/** The broker did not answer the operations view in time; answered 503. */
public class KafkaUnavailableException extends RuntimeException {

    public KafkaUnavailableException(Throwable cause) {
        super("Kafka did not answer: " + cause.getMessage(), cause);
    }
}

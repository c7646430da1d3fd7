package vn.gov.directive.events;

/** The Kafka topics of the platform (DESIGN §3). Dead letters of a topic go to {@code <topic>.dlq}. */
public final class Topics {

    /** Compacted, keyed by unit or group code: the directory spread as state. */
    public static final String DIRECTORY_EVENTS = "directory-events";
    /** Keyed by directive id. */
    public static final String DIRECTIVE_EVENTS = "directive-events";
    /** Keyed by delivery id. */
    public static final String DELIVERY_EVENTS = "delivery-events";
    /** Keyed by delivery id. */
    public static final String NOTIFICATION_EVENTS = "notification-events";

    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }

    public static String deadLetterTopic(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}

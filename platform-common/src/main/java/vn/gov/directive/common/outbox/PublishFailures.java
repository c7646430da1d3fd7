package vn.gov.directive.common.outbox;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnsupportedVersionException;

/**
 * Why Kafka refused a row: permanent (sending it again can only fail again, so the relay parks
 * it) or transient (broker away, timeouts, leader moves: the row stays and goes again).
 */
public final class PublishFailures {

    private PublishFailures() {
    }

    /** True when the same record sent again to the same cluster would be refused again. */
    public static boolean permanent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
                    || cause instanceof SerializationException || cause instanceof InvalidRecordException
                    || cause instanceof InvalidTopicException || cause instanceof TopicAuthorizationException
                    || cause instanceof UnsupportedVersionException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** What an operator reads about the refusal: the kind and message of its decisive cause, bounded. */
    public static String describe(Throwable failure) {
        Throwable decisive = failure;
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            decisive = cause;
            if (permanent(cause) && !(cause.getCause() != null && permanent(cause.getCause()))) {
                break;
            }
        }
        String text = decisive.getClass().getSimpleName() + ": " + decisive.getMessage();
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }
}

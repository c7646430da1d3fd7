package vn.gov.directive.common.inbox;

/**
 * How every consumer of the platform handles a record, written once here so each service
 * follows it:
 * <ol>
 * <li>{@link IncomingEvent#from} checks the record against the contract; an invalid one throws
 * {@link InvalidEventException} and is not retried.</li>
 * <li>The effect and the {@link ProcessedEvents} entry commit in one new transaction per attempt
 * (a retry inside a failed transaction would only fail again).</li>
 * <li>A failing attempt is retried a bounded number of times with back-off (MicroProfile Fault
 * Tolerance {@code @Retry} on the {@code @Incoming} method, {@code abortOn =
 * InvalidEventException.class}); then the record goes to {@code <topic>.dlq}
 * ({@code failure-strategy=shutdown-aware-dead-letter-queue}) and the partition moves on.</li>
 * <li>A failure while the service stops is no failure of the record: it stays unacknowledged and is
 * read again at the next start ({@link ShutdownAwareDeadLetterQueue}).</li>
 * </ol>
 * See {@code DirectoryReplicaConsumer} for the shape.
 */
public final class RetryingConsumer {

    /** Attempts after the first, and the first back-off in milliseconds (it doubles, with jitter). */
    public static final int RETRIES = 3;
    public static final long FIRST_DELAY_MS = 200;

    private RetryingConsumer() {
    }
}

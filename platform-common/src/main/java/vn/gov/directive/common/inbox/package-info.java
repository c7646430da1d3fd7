/**
 * The consuming side of the platform: how every consumer handles a record, written once here so
 * each service follows it.
 * <ol>
 * <li>{@link vn.gov.directive.common.inbox.IncomingEvent#from} checks the record against the
 * contract; an invalid one throws {@link vn.gov.directive.common.inbox.InvalidEventException} and
 * is not retried.</li>
 * <li>The effect and the {@link vn.gov.directive.common.inbox.ProcessedEvents} entry commit in one
 * new transaction per attempt (a retry inside a failed transaction would only fail again).</li>
 * <li>A failing attempt is retried a bounded number of times with back-off
 * ({@link vn.gov.directive.common.inbox.ConsumerRetryPolicy}: MicroProfile Fault Tolerance
 * {@code @Retry} on the {@code @Incoming} method, {@code abortOn = InvalidEventException.class});
 * then the record goes to {@code <topic>.dlq}
 * ({@code failure-strategy=shutdown-aware-dead-letter-queue}) and the partition moves on.</li>
 * <li>A failure while the service stops is no failure of the record: it stays unacknowledged and is
 * read again at the next start ({@link vn.gov.directive.common.inbox.ShutdownAwareDeadLetterQueue}).</li>
 * </ol>
 * See {@code DirectoryReplicaConsumer} for the shape of a consumer of one record at a time, and
 * {@link vn.gov.directive.common.inbox.EventBatches} for one that takes a poll's records at once.
 */
package vn.gov.directive.common.inbox;

package vn.gov.directive.common.outbox;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.quarkus.arc.properties.IfBuildProperty;

/**
 * Runs the relay as soon as a transaction that wrote outbox rows commits, so an event leaves
 * within milliseconds rather than at the next tick of the relay's schedule (which stays, as the
 * safety net for rows a run missed). At most one run waits behind the running one: a burst of
 * commits costs one or two runs, each of which publishes everything unsent.
 */
@ApplicationScoped
@IfBuildProperty(name = OutboxConfig.ENABLED, stringValue = "true")
public class RelayTrigger {

    private static final Object REGISTERED = RelayTrigger.class;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "outbox-relay-trigger");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();

    /** Called inside the transaction that appends rows; the relay runs once it has committed. */
    void afterCommit() {
        if (transactions.getResource(REGISTERED) != null) {
            return;
        }
        transactions.putResource(REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    runSoon();
                }
            }
        });
    }

    private void runSoon() {
        if (queued.compareAndSet(false, true)) {
            runner.execute(() -> {
                queued.set(false);
                relay.relay();
            });
        }
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }
}

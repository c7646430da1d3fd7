package vn.gov.directive.notification.sending;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Runs the dispatcher. SKIP keeps one run at a time in this instance; across replicas the row
 * claims of {@link Dispatcher} keep each mail to one sender.
 */
@ApplicationScoped
public class DispatchSchedule {

    private static final Logger LOG = Logger.getLogger(DispatchSchedule.class);

    @Inject
    Dispatcher dispatcher;

    @Scheduled(every = "${notification.dispatch.every:5s}", delayed = "${notification.dispatch.start-delay:3s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            dispatcher.dispatchDue();
        } catch (RuntimeException e) {
            LOG.warnf("Dispatcher run failed, due notifications stay for the next run: %s", e.getMessage());
        }
    }
}

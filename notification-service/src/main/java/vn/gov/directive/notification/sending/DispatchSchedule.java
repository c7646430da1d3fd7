package vn.gov.directive.notification.sending;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import vn.gov.directive.notification.config.NotificationConfig;

/**
 * Runs the dispatcher: {@code notification.dispatch.senders} senders side by side, each until no
 * full batch is left, so a fan-out's notices do not wait for the next tick. SKIP keeps one run at
 * a time in this instance; across senders and replicas the row claims of {@link Dispatcher} keep
 * each mail to one sender.
 */
@ApplicationScoped
public class DispatchSchedule {

    private static final Logger LOG = Logger.getLogger(DispatchSchedule.class);

    @Inject
    Dispatcher dispatcher;

    @Inject
    NotificationConfig config;

    private ExecutorService senders;

    @Scheduled(every = "${notification.dispatch.every:5s}", delayed = "${notification.dispatch.start-delay:3s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < config.dispatch().senders(); i++) {
            running.add(senders().submit(this::sendWhileBusy));
        }
        for (Future<?> sender : running) {
            try {
                sender.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                LOG.warnf("Dispatcher run failed, due notifications stay for the next run: %s", e.getCause().getMessage());
            }
        }
    }

    private void sendWhileBusy() {
        while (dispatcher.dispatchDue() == config.dispatch().batchSize()) {
            // a full batch was settled: more may be due
        }
    }

    private synchronized ExecutorService senders() {
        if (senders == null) {
            senders = Executors.newFixedThreadPool(config.dispatch().senders(), task -> {
                Thread thread = new Thread(task, "notification-sender");
                thread.setDaemon(true);
                return thread;
            });
        }
        return senders;
    }

    @PreDestroy
    synchronized void stop() {
        if (senders != null) {
            senders.shutdownNow();
        }
    }
}

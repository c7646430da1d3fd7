package vn.gov.directive.notification.sending;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import vn.gov.directive.notification.domain.NotificationKind;

/**
 * notification.reminders.due (reminders due and not yet sent, as of the last dispatcher run),
 * notification.sent / notification.failed by kind (failed: given up after the last attempt),
 * notification.send.retries (attempts that failed and will be tried again) and
 * notification.send.latency (time the mail server took to accept a mail).
 */
@ApplicationScoped
public class NotificationMetrics {

    private final MeterRegistry registry;
    private final AtomicLong remindersDue = new AtomicLong();
    private final Counter retries;
    private final Timer latency;

    @Inject
    public NotificationMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("notification.reminders.due", remindersDue, AtomicLong::get)
                .description("Reminders due and not yet sent").register(registry);
        this.retries = Counter.builder("notification.send.retries")
                .description("Send attempts that failed and will be tried again").register(registry);
        this.latency = Timer.builder("notification.send.latency")
                .description("Time the mail server took to accept a mail").publishPercentileHistogram().register(registry);
    }

    void remindersDue(long count) {
        remindersDue.set(count);
    }

    void sent(NotificationKind kind, Duration took) {
        latency.record(took);
        Counter.builder("notification.sent").description("Mails accepted by the mail server")
                .tag("kind", kind.name()).register(registry).increment();
    }

    void retrying() {
        retries.increment();
    }

    void failed(NotificationKind kind) {
        Counter.builder("notification.failed").description("Mails given up after their last attempt")
                .tag("kind", kind.name()).register(registry).increment();
    }
}

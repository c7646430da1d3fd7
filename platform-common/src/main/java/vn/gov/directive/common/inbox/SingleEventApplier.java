package vn.gov.directive.common.inbox;

import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Retry;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.faulttolerance.api.ExponentialBackoff;

/** One event in a new transaction per attempt, retried as {@link ConsumerRetryPolicy} says. */
@ApplicationScoped
public class SingleEventApplier {

    @Retry(maxRetries = ConsumerRetryPolicy.RETRIES, delay = ConsumerRetryPolicy.FIRST_DELAY_MS)
    @ExponentialBackoff
    public void apply(IncomingEvent event, Consumer<IncomingEvent> effect) {
        QuarkusTransaction.requiringNew().run(() -> effect.accept(event));
    }
}

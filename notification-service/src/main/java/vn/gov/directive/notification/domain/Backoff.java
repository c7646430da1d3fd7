package vn.gov.directive.notification.domain;

import java.time.Duration;

/** Exponential back-off between send attempts: the first delay, doubled after each failure, capped. */
public record Backoff(Duration first, Duration max, int maxAttempts) {

    public Backoff {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("At least one attempt: " + maxAttempts);
        }
    }

    /** Whether another attempt follows the given number of failed ones. */
    public boolean retriesAfter(int attemptsMade) {
        return attemptsMade < maxAttempts;
    }

    /** The wait after the given number of failed attempts (1 = after the first). */
    public Duration delayAfter(int attemptsMade) {
        Duration delay = first;
        for (int i = 1; i < attemptsMade && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}

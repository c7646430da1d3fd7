package vn.gov.directive.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/**
 * The application's clock in tests: real time plus an offset that tests move forward, so a
 * reminder due in 20 minutes is reached at once instead of by waiting. It only ever moves
 * forward, so tests that ran before never see time go back.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /** Moves the clock so that it reads at least the given instant. */
    public void advanceTo(Instant target) {
        offset.updateAndGet(current -> {
            Duration needed = Duration.between(Instant.now(), target);
            return needed.compareTo(current) > 0 ? needed : current;
        });
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the application reads instants only");
    }
}

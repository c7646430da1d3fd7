package vn.gov.directive.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class BackoffTest {

    final Backoff backoff = new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(10), 4);

    @Test
    void delaysDoubleUpToTheCap() {
        assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(backoff.delayAfter(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(backoff.delayAfter(5)).isEqualTo(Duration.ofMinutes(10));
        assertThat(backoff.delayAfter(50)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aNotificationIsRetriedUntilItsLastAttemptThenGivenUp() {
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.status = NotificationStatus.PENDING;
        Instant now = Instant.parse("2026-12-15T03:00:00Z");
        for (int attempt = 1; attempt < 4; attempt++) {
            n.failed("a@b.example", "421 try again later", now, backoff);
            assertThat(n.status).isEqualTo(NotificationStatus.PENDING);
            assertThat(n.nextAttemptAt).isEqualTo(now.plus(backoff.delayAfter(attempt)));
        }
        n.failed("a@b.example", "421 try again later", now, backoff);
        assertThat(n.status).isEqualTo(NotificationStatus.FAILED);
        assertThat(n.attempts).isEqualTo(4);
        assertThat(n.lastError).isEqualTo("421 try again later");
    }

    @Test
    void aLongErrorIsCutToWhatTheEventContractAllows() {
        Notification n = new Notification();
        n.failed(null, "x".repeat(5000), Instant.now(), backoff);
        assertThat(n.lastError).hasSize(Notification.MAX_ERROR);
    }
}

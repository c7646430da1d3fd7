package vn.gov.directive.notification.config;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How notices and reminders are written, scheduled and retried. */
@ConfigMapping(prefix = "notification")
public interface NotificationConfig {

    Portal portal();

    WorkingHours workingHours();

    Dispatch dispatch();

    DefaultPolicy defaultPolicy();

    interface Portal {
        /** Link to one delivery in the unit portal; {id} is replaced by the delivery id. */
        String deliveryUrl();

        default String deliveryLink(Object deliveryId) {
            return deliveryUrl().replace("{id}", String.valueOf(deliveryId));
        }
    }

    interface WorkingHours {
        @WithDefault("Asia/Ho_Chi_Minh")
        ZoneId zone();

        @WithDefault("08:00")
        LocalTime start();

        @WithDefault("17:00")
        LocalTime end();
    }

    interface Dispatch {
        /** How often due notifications are looked for (read by the scheduler as notification.dispatch.every). */
        @WithDefault("5s")
        String every();

        /** Wait after start before the first run. */
        @WithDefault("3s")
        String startDelay();

        /** Notifications one sender claims and sends before it looks again whether work is left. */
        @WithDefault("200")
        int batchSize();

        /** Senders working side by side in a run (mail is a network wait; the row claims keep them apart). */
        @WithDefault("4")
        int senders();

        /** Attempts in all before a notification is given up as failed. */
        @WithDefault("6")
        int maxAttempts();

        /** Wait after the first failed attempt; it doubles after each further one. */
        @WithDefault("PT1M")
        Duration firstRetryDelay();

        @WithDefault("PT1H")
        Duration maxRetryDelay();

        /**
         * How long one mail may wait for the server's answer before it counts as failed. A server
         * that hangs after it received a whole mail may still accept it when it wakes up: giving up
         * sooner would send that mail twice, so this follows RFC 5321's ten minutes for the answer
         * to DATA rather than a short network timeout.
         */
        @WithDefault("PT10M")
        Duration sendTimeout();

        /** The claim's transaction outlives the longest send it may have to wait for. */
        default int claimTimeoutSeconds() {
            return (int) sendTimeout().plusMinutes(1).toSeconds();
        }
    }

    /** The policy of a directive that was issued without one, so a deadline is never left unannounced. */
    interface DefaultPolicy {
        @WithDefault("P3D,P1D")
        List<Duration> before();

        @WithDefault("P1D")
        Duration overdueEvery();

        @WithDefault("3")
        int maxOverdue();
    }
}

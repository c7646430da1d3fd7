package vn.gov.directive.reporting.config;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code reporting.*}: how times are shown and how far the operations view reads. */
@ConfigMapping(prefix = "reporting")
public interface ReportingConfig {

    /** Times in exports and pages are shown in this zone. */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId zone();

    Ops ops();

    Dashboard dashboard();

    interface Ops {

        /** At most this many dead letters are returned per listing. */
        @WithDefault("200")
        int deadLetterLimit();

        /** How long a listing waits for the broker. */
        @WithDefault("10s")
        Duration timeout();

        /** How often consumer lag and dead letters are refreshed as metrics (read by OpsMetrics' schedule). */
        @WithDefault("60s")
        Duration metricsEvery();

        /** The operations page starts filtered to topics with this prefix; all topics when empty. */
        Optional<String> topicPrefix();
    }

    interface Dashboard {

        /** Directives per page of the dashboard's list. */
        @WithDefault("20")
        int pageSize();
    }
}

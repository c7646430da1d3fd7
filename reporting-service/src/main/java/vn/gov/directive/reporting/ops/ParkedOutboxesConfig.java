package vn.gov.directive.reporting.ops;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the operations view reads each publishing service's parked outbox rows. */
@ConfigMapping(prefix = "reporting.parked-outboxes")
public interface ParkedOutboxesConfig {

    /** Base URL of each service that publishes through an outbox, by service name. */
    Map<String, URI> services();

    /** How long one service may take to answer before the view shows it as unreachable. */
    @WithDefault("5s")
    Duration timeout();

    /** Parked rows shown per service. */
    @WithDefault("100")
    int limit();
}

package vn.gov.directive.common.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;

/**
 * Whether the service has begun to stop. From then on a failing record is no failure of its own
 * (the database pool is closing under it): consumers leave it unacknowledged for the next start.
 */
@ApplicationScoped
public class ShutdownSignal {

    private volatile boolean stopping;

    void onShutdown(@Observes ShutdownEvent event) {
        stopping = true;
    }

    public boolean stopping() {
        return stopping;
    }
}

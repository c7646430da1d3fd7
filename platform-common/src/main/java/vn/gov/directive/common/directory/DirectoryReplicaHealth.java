package vn.gov.directive.common.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.health.api.HealthGroup;

/**
 * {@code /q/health/group/directory-replica}: UP when this service's copy of the directory has read
 * directory-events to the end. A group of its own, not readiness: every directory import makes the
 * copy briefly incomplete, and a load balancer must not take the service out for that (issues
 * answer 503 meanwhile, everything else works). {@code deploy/local/platform up} waits for it.
 */
@ApplicationScoped
@HealthGroup("directory-replica")
@IfBuildProperty(name = "platform.directory-replica.enabled", stringValue = "true")
public class DirectoryReplicaHealth implements HealthCheck {

    @Inject
    DirectoryCompleteness completeness;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("directory-replica");
        try {
            ReplicaProgress progress = completeness.progress();
            return response.status(progress.complete()).withData("recordsBehind", progress.recordsBehind()).build();
        } catch (RuntimeException e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}

package vn.gov.directive.notification.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.smallrye.health.api.Wellness;

/**
 * The mail server's reachability, as a wellness check: DOWN under /q/health and /q/health/well
 * when the server does not greet, but neither liveness nor readiness. Without a mail server this
 * service still takes events, plans and keeps every mail (retried with backoff), so taking it out
 * of rotation or restarting it would help nothing; an operator (or a monitor of /q/health or of
 * notification_mail_server_reachable) must see the outage instead of UP.
 */
@Wellness
@ApplicationScoped
public class MailServerHealthCheck implements HealthCheck {

    @Inject
    MailServerProbe probe;

    @Override
    public HealthCheckResponse call() {
        MailServerProbe.State state = probe.probe();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("mail-server").status(state.reachable())
                .withData("server", probe.address())
                .withData("detail", state.detail())
                .withData("checkedAt", state.checkedAt().toString());
        if (!state.reachable()) {
            response.withData("degraded", true)
                    .withData("message", "Không kết nối được máy chủ thư: thư chưa gửi được giữ lại và gửi lại khi máy chủ hoạt động trở lại");
        }
        return response.build();
    }
}

package vn.gov.directive.notification.health;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the mail server's reachability is probed (the mailer's own server unless told otherwise) and how patiently. */
@ConfigMapping(prefix = "mail-health")
public interface MailServerConfig {

    String host();

    int port();

    /** For the connection and for the server's greeting each: a hung server (SIGSTOP) accepts but never greets. */
    @WithDefault("2s")
    Duration timeout();

    /** How often the gauge is refreshed without a health request (read by the scheduler as mail-health.every). */
    @WithDefault("30s")
    String every();
}

package vn.gov.directive.common.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.scheduler.Scheduled;

/**
 * Whether Keycloak would let a new user sign in, asked in the background (its discovery document,
 * every {@code platform.sign-in.check-every}) so that a page request never waits for it: the sign-in
 * redirect is answered from the last answer (see {@link BearerOnlyApi#sendChallenge}). Services
 * without pages (application type "service") do not ask.
 */
@ApplicationScoped
public class SignInAvailability {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private volatile boolean available = true;

    @ConfigProperty(name = "quarkus.oidc.application-type", defaultValue = "service")
    String applicationType;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    Optional<String> authServerUrl;

    /** Where availability is asked; the realm's discovery document unless told otherwise. */
    @ConfigProperty(name = "platform.sign-in.probe-url")
    Optional<String> probeUrl;

    public boolean available() {
        return available;
    }

    @Scheduled(every = "${platform.sign-in.check-every:5s}", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        if ("service".equalsIgnoreCase(applicationType)) {
            return;
        }
        Optional<String> url = probeUrl.or(() -> authServerUrl.map(u -> u.replaceAll("/+$", "") + "/.well-known/openid-configuration"));
        if (url.isEmpty()) {
            return;
        }
        available = answers(url.get());
    }

    private boolean answers(String url) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (java.io.IOException | IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

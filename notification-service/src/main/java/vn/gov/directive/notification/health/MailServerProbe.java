package vn.gov.directive.notification.health;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

/**
 * Asks the mail server whether it would take mail: connects and waits for its 220 greeting (an
 * open port is not enough, a stopped server still completes the TCP handshake), then says QUIT.
 * The last answer is kept for the gauge notification.mail.server.reachable (1 or 0), refreshed
 * on every health request and every {@code mail-health.every}.
 */
@ApplicationScoped
public class MailServerProbe {

    /** What the last probe found. */
    public record State(boolean reachable, String detail, Instant checkedAt) {
    }

    private final MailServerConfig config;
    private final Clock clock;
    private final AtomicReference<State> last = new AtomicReference<>();

    @Inject
    public MailServerProbe(MailServerConfig config, Clock clock, MeterRegistry registry) {
        this.config = config;
        this.clock = clock;
        Gauge.builder("notification.mail.server.reachable", this, p -> p.lastReachable() ? 1 : 0)
                .description("1 when the mail server answered its greeting at the last probe, else 0").register(registry);
    }

    @Scheduled(every = "${mail-health.every:30s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        probe();
    }

    public State probe() {
        State state;
        try {
            String greeting = greeting();
            state = greeting.startsWith("220")
                    ? new State(true, greeting, clock.instant())
                    : new State(false, "unexpected greeting: " + greeting, clock.instant());
        } catch (IOException e) {
            state = new State(false, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                    clock.instant());
        }
        last.set(state);
        return state;
    }

    public String address() {
        return config.host() + ":" + config.port();
    }

    private boolean lastReachable() {
        State state = last.get();
        return state != null && state.reachable();
    }

    private String greeting() throws IOException {
        int timeout = (int) config.timeout().toMillis();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(config.host(), config.port()), timeout);
            socket.setSoTimeout(timeout);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String line = in.readLine();
            if (line == null) {
                throw new IOException("the server closed the connection without a greeting");
            }
            OutputStream out = socket.getOutputStream();
            out.write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return line.length() > 200 ? line.substring(0, 200) : line;
        }
    }
}

package vn.gov.directive.notification.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The probe against real sockets: a greeting server, a closed port, and a server that accepts but never greets. */
class MailServerProbeTest {

    private final List<AutoCloseable> open = new ArrayList<>();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    @Test
    void aServerThatGreetsIsReachable() throws IOException {
        ServerSocket server = listen();
        Thread greeter = new Thread(() -> {
            try (Socket client = server.accept()) {
                OutputStream out = client.getOutputStream();
                out.write("220 mail.example ESMTP\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                client.getInputStream().read();
            } catch (IOException e) {
                // the probe hung up: nothing to do
            }
        });
        greeter.setDaemon(true);
        greeter.start();

        MailServerProbe.State state = probe(server.getLocalPort()).probe();

        assertThat(state.reachable()).isTrue();
        assertThat(state.detail()).startsWith("220");
        assertThat(registry.get("notification.mail.server.reachable").gauge().value()).isEqualTo(1.0);
    }

    @Test
    void aClosedPortIsUnreachable() throws IOException {
        ServerSocket server = listen();
        int port = server.getLocalPort();
        server.close();

        MailServerProbe.State state = probe(port).probe();

        assertThat(state.reachable()).isFalse();
        assertThat(state.detail()).contains("ConnectException");
        assertThat(registry.get("notification.mail.server.reachable").gauge().value()).isZero();
    }

    @Test
    void aServerThatAcceptsButNeverGreetsIsUnreachableWithinTheTimeout() throws IOException {
        ServerSocket server = listen(); // never accepts: the kernel completes the handshake, nobody speaks
        long start = System.nanoTime();

        MailServerProbe.State state = probe(server.getLocalPort()).probe();

        assertThat(state.reachable()).isFalse();
        assertThat(state.detail()).contains("SocketTimeoutException");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    private ServerSocket listen() throws IOException {
        ServerSocket server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        open.add(server);
        return server;
    }

    private MailServerProbe probe(int port) {
        return new MailServerProbe(new MailServerConfig() {
            @Override
            public String host() {
                return "127.0.0.1";
            }

            @Override
            public int port() {
                return port;
            }

            @Override
            public Duration timeout() {
                return Duration.ofMillis(500);
            }

            @Override
            public String every() {
                return "30s";
            }
        }, Clock.systemUTC(), registry);
    }
}

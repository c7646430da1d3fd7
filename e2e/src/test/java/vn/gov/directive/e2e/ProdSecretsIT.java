package vn.gov.directive.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import vn.gov.directive.testsupport.ComponentAddresses;

/**
 * The packaged services in %prod refuse to start without real secrets, and say which variable to
 * set. Each run points Kafka and the database at addresses where nothing answers, so a service
 * that wrongly started would touch none of the running stack's state.
 */
class ProdSecretsIT {

    private static final String REFUSAL = "Refusing to start without real secrets";
    private static final List<String> VARIABLES = List.of("PORTAL_CLIENT_ID", "PORTAL_CLIENT_SECRET", "SESSION_ENCRYPTION_SECRET",
            "DB_USERNAME", "DB_PASSWORD");

    @Test
    void withoutItsSecretsTheUnitPortalDoesNotStart() throws Exception {
        Run run = start("distribution-service", Map.of());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).contains(REFUSAL).contains("PORTAL_CLIENT_SECRET is not set")
                .contains("SESSION_ENCRYPTION_SECRET is not set").contains("DB_PASSWORD is not set");
    }

    @Test
    void withTheDemoSecretsItDoesNotStartEither() throws Exception {
        Run run = start("distribution-service", Map.of("PORTAL_CLIENT_SECRET", "portal-secret", "DB_PASSWORD", "directives",
                "SESSION_ENCRYPTION_SECRET", "portal-secret"));

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).contains("PORTAL_CLIENT_SECRET is a demo value").contains("DB_PASSWORD is a demo value")
                .contains("SESSION_ENCRYPTION_SECRET is a demo value");
        Run shortKey = start("distribution-service", Map.of("PORTAL_CLIENT_SECRET", "9f3c1a7e5b2d4c6e8a0b", "DB_PASSWORD",
                "4e6a8c0b2d1f3e5a7c9b", "SESSION_ENCRYPTION_SECRET", "only-twenty-chars-ok"));
        assertThat(shortKey.exitCode()).isNotZero();
        assertThat(shortKey.output()).contains("SESSION_ENCRYPTION_SECRET must be at least 32 characters (it has 20)")
                .doesNotContain("PORTAL_CLIENT_SECRET").doesNotContain("DB_PASSWORD is");
    }

    @Test
    void theNotificationServiceNeedsOnlyItsDatabasePassword() throws Exception {
        Run run = start("notification-service", Map.of());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).contains(REFUSAL).contains("DB_PASSWORD is not set").doesNotContain("PORTAL_CLIENT_SECRET");
    }

    @Test
    void realSecretsPassTheCheck() throws Exception {
        // The database named here does not exist: the service gets past the check and fails on it instead.
        Run run = start("distribution-service", Map.of("PORTAL_CLIENT_SECRET", "9f3c1a7e5b2d4c6e8a0b", "DB_PASSWORD",
                "4e6a8c0b2d1f3e5a7c9b", "SESSION_ENCRYPTION_SECRET", "c2e4a6b8d0f1e3a5c7b9d2f4a6c8e0b1"));

        assertThat(run.output()).doesNotContain(REFUSAL).contains("prod_secrets_check_nowhere");
    }

    private record Run(int exitCode, String output) {
    }

    private static Run start(String service, Map<String, String> secrets) throws IOException, InterruptedException {
        Path module = Path.of("..", service).toAbsolutePath().normalize();
        Path jar = module.resolve("target/quarkus-app/quarkus-run.jar");
        assertThat(jar).as("the packaged " + service + " (mvn package)").exists();
        Path log = Files.createTempFile("prod-secrets-" + service, ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx160m", "-Dquarkus.profile=prod", "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=0",
                "-Dkafka.bootstrap.servers=127.0.0.1:1",
                "-Dquarkus.datasource.jdbc.url=" + ComponentAddresses.postgres("prod_secrets_check_nowhere"),
                "-jar", jar.toString())
                .directory(module.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        VARIABLES.forEach(builder.environment()::remove);
        builder.environment().putAll(secrets);
        Process process = builder.start();
        boolean exited = process.waitFor(180, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        return new Run(exited ? process.exitValue() : -1, output);
    }
}

package vn.gov.directive.common.ports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

class LocalPortsTest {

    private static final Path REPOSITORY_FILE = Path.of("../deploy/local/ports.properties");

    @Test
    void thePackagedFileIsTheOneDeployLocalPlatformReads() throws IOException {
        try (InputStream packaged = LocalPorts.class.getResourceAsStream(LocalPorts.RESOURCE)) {
            assertThat(packaged).isNotNull();
            assertThat(packaged.readAllBytes()).isEqualTo(Files.readAllBytes(REPOSITORY_FILE));
        }
    }

    @Test
    void everyComponentAndServiceHasItsOwnPort() {
        assertThat(LocalPorts.all()).containsKeys("kafka", "kafka-controller", "postgres", "keycloak", "greenmail",
                "greenmail-smtp", "directive-service", "distribution-service", "reporting-service", "notification-service");
        assertThat(LocalPorts.all().values()).doesNotHaveDuplicates().allSatisfy(port -> assertThat(port).isBetween(1, 65535));
    }

    @Test
    void addressesAreOnLoopback() {
        assertThat(LocalPorts.address("kafka")).isEqualTo("127.0.0.1:" + LocalPorts.of("kafka"));
        assertThat(LocalPorts.http("keycloak")).isEqualTo("http://127.0.0.1:" + LocalPorts.of("keycloak"));
    }

    @Test
    void anUnknownNameIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> LocalPorts.of("kafak"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kafak")
                .hasMessageContaining("kafka-controller");
    }

    @Test
    void configurationFindsThePortsAndExpressionsInOtherSourcesUseThem() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .addDiscoveredSources()
                .withSources(new PropertiesConfigSource(
                        Map.of("kafka.bootstrap.servers", "127.0.0.1:${platform.ports.kafka}"), "application.properties", 250))
                .build();

        assertThat(config.getValue("platform.ports.keycloak", int.class)).isEqualTo(LocalPorts.of("keycloak"));
        assertThat(config.getValue("kafka.bootstrap.servers", String.class)).isEqualTo("127.0.0.1:" + LocalPorts.of("kafka"));
    }

    @Test
    void anyOtherSourceOverridesThePackagedPort() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .addDiscoveredSources()
                .withSources(new PropertiesConfigSource(Map.of("platform.ports.kafka", "19092"), "system properties", 400))
                .build();

        assertThat(config.getValue("platform.ports.kafka", int.class)).isEqualTo(19092);
        assertThat(new LocalPortsConfigSource().getOrdinal()).isLessThan(100);
    }
}

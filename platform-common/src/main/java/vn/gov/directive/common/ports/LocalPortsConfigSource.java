package vn.gov.directive.common.ports;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The local ports as configuration: platform.ports.NAME, so that application.properties writes
 * {@code ${platform.ports.kafka}} instead of a number. Its ordinal is below every standard source:
 * a system property (-Dplatform.ports.kafka, as deploy/local/platform passes), an environment
 * variable (PLATFORM_PORTS_KAFKA) or application.properties overrides it. Registered through
 * META-INF/services, which SmallRye Config (and so Quarkus) reads at build and at run time.
 */
public final class LocalPortsConfigSource implements ConfigSource {

    public static final String PREFIX = "platform.ports.";
    static final int ORDINAL = 50;

    private final Map<String, String> values = new TreeMap<>();

    public LocalPortsConfigSource() {
        LocalPorts.all().forEach((name, port) -> values.put(PREFIX + name, String.valueOf(port)));
    }

    @Override
    public Set<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return values.get(propertyName);
    }

    @Override
    public String getName() {
        return "deploy/local/ports.properties";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}

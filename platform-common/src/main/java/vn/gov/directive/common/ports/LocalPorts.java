package vn.gov.directive.common.ports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The ports of the local platform, as deploy/local/ports.properties writes them (the build packages
 * that file here, so the script, the applications and the tests read one list). Plain Java: the
 * test support and the end-to-end suite read it outside any Quarkus application.
 */
public final class LocalPorts {

    /** Everything local binds to loopback only. */
    public static final String HOST = "127.0.0.1";

    static final String RESOURCE = "/vn/gov/directive/common/ports/ports.properties";

    private static final Map<String, Integer> PORTS = load();

    private LocalPorts() {
    }

    /** Every name (kafka, keycloak, directive-service...) and its port, sorted by name. */
    public static Map<String, Integer> all() {
        return PORTS;
    }

    /** The port of one component or service; an unknown name is a mistake in the caller. */
    public static int of(String name) {
        Integer port = PORTS.get(name);
        if (port == null) {
            throw new IllegalArgumentException("no port named " + name + " in deploy/local/ports.properties; known: " + PORTS.keySet());
        }
        return port;
    }

    /** host:port of one component or service, e.g. a Kafka bootstrap address. */
    public static String address(String name) {
        return HOST + ":" + of(name);
    }

    /** The base URL of a service or an HTTP component (keycloak, greenmail). */
    public static String http(String name) {
        return "http://" + address(name);
    }

    private static Map<String, Integer> load() {
        Properties file = new Properties();
        try (InputStream in = LocalPorts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from platform-common's jar");
            }
            file.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        Map<String, Integer> ports = new TreeMap<>();
        file.stringPropertyNames().forEach(name -> ports.put(name, parse(name, file.getProperty(name))));
        return Map.copyOf(ports);
    }

    private static int parse(String name, String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port > 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below with the offending line
        }
        throw new IllegalStateException("ports.properties: " + name + "=" + value + " is not a port");
    }
}

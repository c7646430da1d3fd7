package vn.gov.directive.testsupport;

import vn.gov.directive.common.ports.LocalPorts;

/**
 * Where the real components and the services listen: on loopback, at the ports of
 * deploy/local/ports.properties (platform-common ports.LocalPorts), unless the environment says
 * otherwise (PLATFORM_KAFKA, PLATFORM_KEYCLOAK, PLATFORM_SMTP_PORT, PLATFORM_MAIL_API).
 */
public final class ComponentAddresses {

    private ComponentAddresses() {
    }

    public static String kafka() {
        return env("PLATFORM_KAFKA", LocalPorts.address("kafka"));
    }

    public static String keycloak() {
        return env("PLATFORM_KEYCLOAK", LocalPorts.http("keycloak"));
    }

    public static String realm() {
        return keycloak() + "/realms/directives";
    }

    public static int smtpPort() {
        return Integer.parseInt(env("PLATFORM_SMTP_PORT", String.valueOf(LocalPorts.of("greenmail-smtp"))));
    }

    public static String mailApi() {
        return env("PLATFORM_MAIL_API", LocalPorts.http("greenmail"));
    }

    /** A JDBC URL of one database of the local PostgreSQL. */
    public static String postgres(String database) {
        return "jdbc:postgresql://" + LocalPorts.address("postgres") + "/" + database;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

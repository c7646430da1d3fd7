package vn.gov.directive.testsupport;

/**
 * Where the real components listen: the ports of DESIGN §2 on loopback, unless the environment
 * says otherwise (PLATFORM_KAFKA, PLATFORM_KEYCLOAK, PLATFORM_SMTP_PORT, PLATFORM_MAIL_API).
 */
public final class ComponentAddresses {

    private ComponentAddresses() {
    }

    public static String kafka() {
        return env("PLATFORM_KAFKA", "127.0.0.1:9092");
    }

    public static String keycloak() {
        return env("PLATFORM_KEYCLOAK", "http://127.0.0.1:8180");
    }

    public static String realm() {
        return keycloak() + "/realms/directives";
    }

    public static int smtpPort() {
        return Integer.parseInt(env("PLATFORM_SMTP_PORT", "3025"));
    }

    public static String mailApi() {
        return env("PLATFORM_MAIL_API", "http://127.0.0.1:8025");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

package vn.gov.directive.common.secrets;

import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The secrets a service must be given in production, each named by the environment variable that
 * supplies it: {@code platform.secrets.required.PORTAL_CLIENT_SECRET.property=quarkus.oidc.credentials.secret}.
 */
@ConfigMapping(prefix = "platform.secrets")
public interface SecretsConfig {

    /** Refuse to start when a secret is missing, a demo value or too short (true in %prod). */
    @WithDefault("false")
    boolean enforce();

    /** By environment variable name. */
    Map<String, Secret> required();

    interface Secret {

        /** The configuration property the variable feeds, e.g. quarkus.datasource.password. */
        String property();

        @WithDefault("1")
        int minLength();
    }
}

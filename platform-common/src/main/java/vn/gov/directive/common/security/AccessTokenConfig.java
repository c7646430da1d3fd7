package vn.gov.directive.common.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code platform.access-token.*}: what a bearer token must carry (AccessTokenRule). */
@ConfigMapping(prefix = "platform.access-token")
public interface AccessTokenConfig {

    /** The audience the realm's mapper puts into the platform's access tokens. */
    @WithDefault("directive-platform")
    String audience();
}

package vn.gov.directive.common.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SecretRulesTest {

    private static final String SESSION = "k3Jq9VbX2mW7pR4tY8nC6eH1uZ5sA0dF";

    @Test
    void realDistinctSecretsPass() {
        assertThat(SecretRules.problems(Map.of(
                "PORTAL_CLIENT_SECRET", required("Xq7bT2vLp9", 1),
                "SESSION_ENCRYPTION_SECRET", required(SESSION, 32),
                "DB_PASSWORD", required("mV4kR8wQz1", 1)))).isEmpty();
    }

    @Test
    void aMissingSecretIsNamedByItsVariable() {
        assertThat(SecretRules.problems(Map.of("PORTAL_CLIENT_SECRET", new SecretRules.Required(Optional.empty(), 1),
                "DB_PASSWORD", required("  ", 1))))
                .containsExactly("DB_PASSWORD is not set", "PORTAL_CLIENT_SECRET is not set");
    }

    @Test
    void demoValuesAreRefusedWhateverTheirCase() {
        assertThat(SecretRules.problems(Map.of("PORTAL_CLIENT_SECRET", required("Portal-Secret", 1),
                "DB_PASSWORD", required("directives", 1))))
                .containsExactly("DB_PASSWORD is a demo value published with the repository",
                        "PORTAL_CLIENT_SECRET is a demo value published with the repository");
    }

    @Test
    void theSessionKeyNeedsThirtyTwoCharactersAndItsOwnValue() {
        assertThat(SecretRules.problems(Map.of("SESSION_ENCRYPTION_SECRET", required("short-but-not-demo", 32))))
                .containsExactly("SESSION_ENCRYPTION_SECRET must be at least 32 characters (it has 18)");
        assertThat(SecretRules.problems(Map.of("PORTAL_CLIENT_SECRET", required(SESSION, 1),
                "SESSION_ENCRYPTION_SECRET", required(SESSION, 32))))
                .containsExactly("SESSION_ENCRYPTION_SECRET must differ from PORTAL_CLIENT_SECRET");
    }

    private static SecretRules.Required required(String value, int minLength) {
        return new SecretRules.Required(Optional.of(value), minLength);
    }
}

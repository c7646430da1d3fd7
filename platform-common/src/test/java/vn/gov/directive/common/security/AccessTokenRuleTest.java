package vn.gov.directive.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class AccessTokenRuleTest {

    private static final String PLATFORM = "directive-platform";

    @Test
    void anAccessTokenForThePlatformPasses() {
        assertThat(AccessTokenRule.refusal("Bearer", Set.of(PLATFORM), PLATFORM)).isEmpty();
        assertThat(AccessTokenRule.refusal("Bearer", Set.of("account", PLATFORM), PLATFORM)).isEmpty();
    }

    @Test
    void anIdTokenOrARefreshTokenIsRefusedWhateverItsAudience() {
        assertThat(AccessTokenRule.refusal("ID", Set.of(PLATFORM), PLATFORM)).get().asString().contains("not an access token");
        assertThat(AccessTokenRule.refusal("Refresh", Set.of(PLATFORM), PLATFORM)).isPresent();
        assertThat(AccessTokenRule.refusal(null, Set.of(PLATFORM), PLATFORM)).isPresent();
    }

    @Test
    void anAccessTokenForAnotherAudienceIsRefused() {
        assertThat(AccessTokenRule.refusal("Bearer", Set.of("account"), PLATFORM)).get().asString().contains("audience");
        assertThat(AccessTokenRule.refusal("Bearer", Set.of(), PLATFORM)).isPresent();
        assertThat(AccessTokenRule.refusal("Bearer", null, PLATFORM)).isPresent();
    }
}

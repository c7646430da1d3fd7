package vn.gov.directive.testsupport;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** The real Keycloak with realm "directives": the application checks real tokens against it. */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

    private KeycloakTokens tokens;

    @Override
    public Map<String, String> start() {
        tokens = new KeycloakTokens(ComponentAddresses.realm());
        tokens.awaitRealm();
        return Map.of("quarkus.oidc.auth-server-url", ComponentAddresses.realm());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(tokens, new TestInjector.AnnotatedAndMatchesType(InjectKeycloak.class, KeycloakTokens.class));
    }

    @Override
    public void stop() {
        // Keycloak belongs to deploy/local/platform; nothing to stop here.
    }
}

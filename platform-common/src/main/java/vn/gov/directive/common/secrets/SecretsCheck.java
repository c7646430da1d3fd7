package vn.gov.directive.common.secrets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start (in %prod, where platform.secrets.enforce is true) with a missing or demo
 * secret, naming the variable to set. It runs when Flyway is configured, so before any migration
 * touches the database, and again at start-up for a service without migrations.
 */
@ApplicationScoped
public class SecretsCheck implements FlywayConfigurationCustomizer {

    @Inject
    SecretsConfig secrets;

    @Inject
    Config config;

    @Override
    public void customize(FluentConfiguration configuration) {
        verify();
    }

    void onStart(@Observes StartupEvent start) {
        verify();
    }

    public void verify() {
        if (!secrets.enforce()) {
            return;
        }
        Map<String, SecretRules.Required> required = new LinkedHashMap<>();
        secrets.required().forEach((variable, secret) -> required.put(variable,
                new SecretRules.Required(config.getOptionalValue(secret.property(), String.class), secret.minLength())));
        List<String> problems = SecretRules.problems(required);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start without real secrets: " + String.join("; ", problems)
                    + ". Set these environment variables (deploy/local/platform generates them into .platform/secrets.env).");
        }
    }
}

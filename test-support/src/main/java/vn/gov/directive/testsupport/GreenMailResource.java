package vn.gov.directive.testsupport;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** The real GreenMail SMTP server: the application sends real mail to it, tests read it back over its HTTP API. */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    private GreenMailClient client;

    @Override
    public Map<String, String> start() {
        client = new GreenMailClient(ComponentAddresses.mailApi());
        client.awaitReady();
        return Map.of("quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(ComponentAddresses.smtpPort()),
                "quarkus.mailer.mock", "false");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(client, new TestInjector.AnnotatedAndMatchesType(InjectGreenMail.class, GreenMailClient.class));
    }

    @Override
    public void stop() {
        // GreenMail belongs to deploy/local/platform.
    }
}

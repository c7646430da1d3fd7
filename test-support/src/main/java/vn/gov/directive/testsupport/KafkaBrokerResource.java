package vn.gov.directive.testsupport;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The real Kafka broker (started by deploy/local/platform, not by the test): checks it answers,
 * points the application at it and injects a {@link KafkaCompanion} into
 * {@link InjectKafkaCompanion} fields.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    private KafkaCompanion companion;

    @Override
    public Map<String, String> start() {
        String servers = ComponentAddresses.kafka();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000))) {
            admin.describeCluster().nodes().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("No Kafka broker at " + servers
                    + ": run the tests with 'deploy/local/platform test', which starts it", e);
        }
        companion = new KafkaCompanion(servers);
        return Map.of("kafka.bootstrap.servers", servers);
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(companion, new TestInjector.AnnotatedAndMatchesType(InjectKafkaCompanion.class, KafkaCompanion.class));
    }

    @Override
    public void stop() {
        if (companion != null) {
            companion.close();
        }
    }
}

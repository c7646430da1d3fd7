package vn.gov.directive.common.kafka;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

import io.smallrye.common.annotation.Identifier;

/**
 * The platform's one Kafka producer of its own, used by the outbox relay for events and by the
 * batch consumers for dead letters ({@code DeadLetterPublisher}); configured for "nothing lost,
 * nothing doubled, in order":
 * idempotence with acks=all (the SmallRye connector's default acks=1 would silently switch
 * idempotence off), at most 5 requests in flight so retries keep order.
 * <p>
 * Size: a directive to 10,000 units carries its recipient list in one DirectiveIssued (about
 * 40 bytes a unit, 400 kB). zstd shrinks such lists about tenfold on the wire, and the request
 * limit is raised to 8 MiB ({@link PlatformProducerConfig#maxRequestBytes()}; the local broker accepts 10 MB) so a national directive of ~200,000
 * units still travels as one event, keeping the snapshot atomic for its consumers.
 */
@ApplicationScoped
public class PlatformProducer {

    /** The producer's CDI name, also its Kafka client.id. */
    public static final String NAME = "platform-producer";

    @Produces
    @ApplicationScoped
    @Named(NAME)
    Producer<String, String> producer(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, PlatformProducerConfig settings) {
        Map<String, Object> config = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (key.startsWith("bootstrap.servers") || key.startsWith("security.") || key.startsWith("sasl.")
                    || key.startsWith("ssl.")) {
                config.put(key, value);
            }
        });
        config.put(ProducerConfig.CLIENT_ID_CONFIG, NAME);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, settings.maxRequestBytes());
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(config);
    }

    void close(@Disposes @Named(NAME) Producer<String, String> producer) {
        producer.close();
    }
}

package vn.gov.directive.reporting.ops;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.smallrye.common.annotation.Identifier;

/**
 * The operations view's own Kafka clients, configured from the same {@code default-kafka-broker}
 * settings as the messaging channels (bootstrap servers, security): an AdminClient and a producer
 * kept for the application's life, and a short-lived consumer per read (it joins no group, so
 * reading dead letters commits nothing and moves no other consumer).
 */
@ApplicationScoped
public class KafkaClients {

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> broker;

    private Admin admin;
    private KafkaProducer<String, String> producer;

    public synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(only(AdminClientConfig.configNames()));
        }
        return admin;
    }

    /** Idempotent, acks=all: a replayed dead letter is written once. */
    public synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Map<String, Object> config = only(ProducerConfig.configNames());
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.CLIENT_ID_CONFIG, "reporting-ops-replay");
            producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    /** A consumer outside any group, for assign and seek; the caller closes it. */
    public KafkaConsumer<String, String> reader() {
        Map<String, Object> config = only(ConsumerConfig.configNames());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-ops-reader");
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    private Map<String, Object> only(Set<String> names) {
        Map<String, Object> config = new HashMap<>();
        broker.forEach((key, value) -> {
            if (names.contains(key)) {
                config.put(key, value);
            }
        });
        return config;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close();
        }
        if (producer != null) {
            producer.close();
        }
    }
}

package vn.gov.directive.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import vn.gov.directive.common.ports.LocalPorts;
import vn.gov.directive.events.CloudEventHeaders;
import vn.gov.directive.events.DeliveryCreated;
import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.EventJson;
import vn.gov.directive.events.EventType;
import vn.gov.directive.events.Role;
import vn.gov.directive.events.Urgency;

/**
 * The size of one DeliveryCreated record, for the ceiling's --record-size: key, value and
 * CloudEvents headers, as they travel. Read from the newest DeliveryCreated on delivery-events
 * when there is one; otherwise one is built as distribution-service builds it (the seed
 * directive's subject, a typical number). Prints "SIZE SOURCE" on one line.
 */
public final class EventSize {

    private static final String TOPIC = "delivery-events";

    private EventSize() {
    }

    public static void main(String[] args) {
        String bootstrap = args.length > 0 ? args[0] : LocalPorts.address("kafka");
        int measured = fromTopic(bootstrap);
        if (measured > 0) {
            Progress.print(measured + " measured-on-" + TOPIC);
        } else {
            Progress.print(built() + " built-like-distribution-service");
        }
    }

    static int fromTopic(String bootstrap) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
            consumer.assign(partitions);
            // The newest records may all be acknowledgments and reports: look a little further back.
            consumer.endOffsets(partitions).forEach((tp, end) -> consumer.seek(tp, Math.max(0, end - 500)));
            int newest = 0;
            long newestTime = -1;
            for (int poll = 0; poll < 10; poll++) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofSeconds(1))) {
                    Header type = r.headers().lastHeader(CloudEventHeaders.TYPE);
                    if (type != null && new String(type.value(), StandardCharsets.UTF_8).equals(EventType.DELIVERY_CREATED.ceType())
                            && r.timestamp() > newestTime) {
                        newestTime = r.timestamp();
                        newest = sizeOf(r.key(), r.value(), r.headers());
                    }
                }
            }
            return newest;
        } catch (RuntimeException e) {
            Progress.warn("could not read %s: %s", TOPIC, e.getMessage());
            return 0;
        }
    }

    static int built() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        UUID id = UUID.randomUUID();
        String value = EventJson.write(new DeliveryCreated(id, UUID.randomUUID(), 1, "UBND-HALONG", Role.ACTION,
                DeliveryStatus.DELIVERED, now.plus(Duration.ofDays(14)), "1234/STTTT-TTBCXB",
                "V/v tăng cường tuyên truyền phòng ngừa tội phạm sử dụng công nghệ cao để lừa đảo chiếm đoạt tài sản",
                Urgency.NORMAL, now, DeliveryCreated.FIRST_SEQUENCE));
        int headers = header(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0)
                + header(CloudEventHeaders.ID, UUID.randomUUID().toString())
                + header(CloudEventHeaders.TYPE, EventType.DELIVERY_CREATED.ceType())
                + header(CloudEventHeaders.SOURCE, "/distribution-service")
                + header(CloudEventHeaders.TIME, now.toString())
                + header(CloudEventHeaders.SUBJECT, id.toString())
                + header(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return id.toString().length() + value.getBytes(StandardCharsets.UTF_8).length + headers;
    }

    private static int sizeOf(byte[] key, byte[] value, Iterable<Header> headers) {
        int size = (key == null ? 0 : key.length) + (value == null ? 0 : value.length);
        for (Header h : headers) {
            size += h.key().getBytes(StandardCharsets.UTF_8).length + (h.value() == null ? 0 : h.value().length);
        }
        return size;
    }

    private static int header(String key, String value) {
        return key.length() + value.getBytes(StandardCharsets.UTF_8).length;
    }
}

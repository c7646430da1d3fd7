package vn.gov.directive.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

import vn.gov.directive.events.CloudEventHeaders;
import vn.gov.directive.events.EventJson;
import vn.gov.directive.events.EventType;

/** Builds and reads Kafka records the way the platform's producers write them (CloudEvents, binary mode). */
public final class CloudEventRecords {

    private CloudEventRecords() {
    }

    public static ProducerRecord<String, String> record(String topic, EventType type, String key, Object payload, UUID id) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        add(headers, CloudEventHeaders.ID, id.toString());
        add(headers, CloudEventHeaders.TYPE, type.ceType());
        add(headers, CloudEventHeaders.SOURCE, "/test");
        add(headers, CloudEventHeaders.TIME, Instant.now().toString());
        add(headers, CloudEventHeaders.SUBJECT, key);
        add(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return new ProducerRecord<>(topic, null, key, EventJson.write(payload), headers);
    }

    /** A header's text, or null when the record has none of that name. */
    public static String header(Iterable<Header> headers, String name) {
        String value = null;
        for (Header header : headers) {
            if (header.key().equals(name)) {
                value = new String(header.value(), StandardCharsets.UTF_8);
            }
        }
        return value;
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}

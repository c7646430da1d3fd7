package vn.gov.directive.common.outbox;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.AbstractRecords;
import org.apache.kafka.common.record.CompressionType;
import org.apache.kafka.common.record.RecordBatch;

import vn.gov.directive.events.CloudEventHeaders;

/**
 * An outbox row as the Kafka record the relay sends (CloudEvents binary mode), and that record's
 * size as the producer measures it against max.request.size: one definition, so the refusal at
 * the door (413) and the relay's own check can never disagree.
 */
public final class CloudEventRecords {

    private CloudEventRecords() {
    }

    public static ProducerRecord<String, String> record(String topic, OutboxRow row, String source) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.ID, row.eventId().toString());
        header(headers, CloudEventHeaders.TYPE, row.ceType());
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(row.ceTime()));
        if (row.ceSubject() != null) {
            header(headers, CloudEventHeaders.SUBJECT, row.ceSubject());
        }
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return new ProducerRecord<>(topic, null, row.key(), row.payload(), headers);
    }

    /**
     * The upper bound KafkaProducer checks before sending (uncompressed: the producer measures
     * the record before it compresses the batch), key, value and CloudEvent headers included.
     */
    public static int size(ProducerRecord<String, String> record) {
        Header[] headers = record.headers().toArray();
        return AbstractRecords.estimateSizeInBytesUpperBound(RecordBatch.CURRENT_MAGIC_VALUE, CompressionType.ZSTD,
                bytes(record.key()), bytes(record.value()), headers);
    }

    private static byte[] bytes(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}

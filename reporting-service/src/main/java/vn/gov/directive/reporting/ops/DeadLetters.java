package vn.gov.directive.reporting.ops;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.gov.directive.common.audit.AuditActions;
import vn.gov.directive.common.audit.AuditTrail;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.common.security.Caller;
import vn.gov.directive.events.Topics;
import vn.gov.directive.reporting.config.ReportingConfig;

/**
 * The dead-letter topics' messages, with the error headers SmallRye Reactive Messaging writes
 * ({@code dead-letter-reason}, {@code dead-letter-cause}, {@code dead-letter-topic},
 * {@code dead-letter-partition}, {@code dead-letter-offset}, ...), and their replay onto the
 * topic they came from.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    public static final String HEADER_PREFIX = "dead-letter-";
    public static final String REASON = "dead-letter-reason";
    public static final String CAUSE = "dead-letter-cause";
    public static final String ORIGINAL_TOPIC = "dead-letter-topic";
    public static final String ORIGINAL_PARTITION = "dead-letter-partition";
    public static final String ORIGINAL_OFFSET = "dead-letter-offset";
    /** Set on a replayed record: the dead letter it came from, and who replayed it. */
    public static final String REPLAYED_FROM = "replayed-from";
    public static final String REPLAYED_BY = "replayed-by";

    public record DeadLetter(String topic, int partition, long offset, Instant timestamp, String key,
            String reason, String cause, String originalTopic, Integer originalPartition, Long originalOffset,
            Map<String, String> headers, String payload) {
    }

    public record Replay(String deadLetterTopic, int deadLetterPartition, long deadLetterOffset, String topic,
            int partition, long offset) {
    }

    @Inject
    KafkaClients clients;

    @Inject
    ReportingConfig config;

    @Inject
    AuditTrail auditTrail;

    /** The latest dead letters of a topic, at most the configured limit per partition, newest first. */
    public List<DeadLetter> list(String topic) {
        requireDeadLetterTopic(topic);
        int limit = config.ops().deadLetterLimit();
        List<DeadLetter> letters = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = clients.reader()) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            consumer.assign(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            for (TopicPartition partition : partitions) {
                consumer.seek(partition, Math.max(begin.get(partition), end.get(partition) - limit));
            }
            Instant giveUp = Instant.now().plus(config.ops().timeout());
            while (!caughtUp(consumer, partitions, end) && Instant.now().isBefore(giveUp)) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> letters.add(toDeadLetter(record)));
            }
        }
        letters.sort(Comparator.comparing(DeadLetter::timestamp).reversed());
        return letters.size() > limit ? letters.subList(0, limit) : letters;
    }

    /**
     * Puts the dead letter back on its original topic, with its key, payload and CloudEvents headers.
     * The send is not a database change, so the audit row follows it once the broker has it.
     */
    public Replay replay(String topic, int partition, long offset, Caller operator) {
        requireDeadLetterTopic(topic);
        ConsumerRecord<String, String> record = read(topic, partition, offset);
        String target = header(record, ORIGINAL_TOPIC);
        if (target == null) {
            throw ProblemException.conflict("The message at " + topic + "/" + partition + "/" + offset
                    + " has no " + ORIGINAL_TOPIC + " header: its original topic is unknown");
        }
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith(HEADER_PREFIX)) {
                headers.add(header);
            }
        }
        headers.add(REPLAYED_FROM, (topic + "/" + partition + "/" + offset).getBytes(StandardCharsets.UTF_8));
        headers.add(REPLAYED_BY, operator.name().getBytes(StandardCharsets.UTF_8));
        // Not a state change of this service, so no outbox: the record already exists; the consumers'
        // ProcessedEvents make a replay of an event that was in fact applied harmless.
        try {
            RecordMetadata sent = clients.producer().send(new ProducerRecord<>(target, null, record.key(), record.value(), headers))
                    .get(config.ops().timeout().toMillis(), TimeUnit.MILLISECONDS);
            LOG.infof("%s replayed dead letter %s/%d/%d onto %s/%d/%d", operator.name(), topic, partition, offset, sent.topic(),
                    sent.partition(), sent.offset());
            QuarkusTransaction.requiringNew().run(() -> auditTrail.record(operator, AuditActions.DEAD_LETTER_REPLAY,
                    topic + "/" + partition + "/" + offset, "onto " + sent.topic() + "/" + sent.partition() + "/" + sent.offset()));
            return new Replay(topic, partition, offset, sent.topic(), sent.partition(), sent.offset());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaUnavailableException(e);
        }
    }

    private ConsumerRecord<String, String> read(String topic, int partition, long offset) {
        String what = "Dead letter " + topic + "/" + partition + "/" + offset;
        try (KafkaConsumer<String, String> consumer = clients.reader()) {
            TopicPartition tp = new TopicPartition(topic, partition);
            if (partitions(consumer, topic).stream().noneMatch(tp::equals)) {
                throw ProblemException.notFound(what);
            }
            consumer.assign(List.of(tp));
            long end = consumer.endOffsets(List.of(tp)).get(tp);
            if (offset < consumer.beginningOffsets(List.of(tp)).get(tp) || offset >= end) {
                throw ProblemException.notFound(what);
            }
            consumer.seek(tp, offset);
            Instant giveUp = Instant.now().plus(config.ops().timeout());
            while (Instant.now().isBefore(giveUp)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() == offset) {
                        return record;
                    }
                    if (record.offset() > offset) {
                        throw ProblemException.notFound(what); // compacted away
                    }
                }
            }
            throw new KafkaUnavailableException(new TimeoutException("reading " + what));
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic);
        if (infos == null || infos.isEmpty()) {
            throw ProblemException.notFound("Topic " + topic);
        }
        return infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    private static boolean caughtUp(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions,
            Map<TopicPartition, Long> end) {
        return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
    }

    private static void requireDeadLetterTopic(String topic) {
        if (topic == null || !topic.endsWith(Topics.DEAD_LETTER_SUFFIX)) {
            throw ProblemException.unprocessable("not-a-dead-letter-topic",
                    "Only dead-letter topics (<topic>" + Topics.DEAD_LETTER_SUFFIX + ") are read and replayed here: " + topic);
        }
    }

    private static DeadLetter toDeadLetter(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        String partition = headers.get(ORIGINAL_PARTITION);
        String offset = headers.get(ORIGINAL_OFFSET);
        return new DeadLetter(record.topic(), record.partition(), record.offset(), Instant.ofEpochMilli(record.timestamp()),
                record.key(), headers.get(REASON), headers.get(CAUSE), headers.get(ORIGINAL_TOPIC),
                number(partition) == null ? null : number(partition).intValue(), number(offset),
                headers, record.value());
    }

    private static Long number(String text) {
        try {
            return text == null ? null : Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

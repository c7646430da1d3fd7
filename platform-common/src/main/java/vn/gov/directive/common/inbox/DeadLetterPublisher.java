package vn.gov.directive.common.inbox;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jboss.logging.Logger;

import vn.gov.directive.common.kafka.PlatformProducer;
import vn.gov.directive.events.Topics;

/**
 * Puts a record that could not be applied on {@code <topic>.dlq}, as the SmallRye dead-letter
 * strategy does (same header names, so the operations view shows and replays both alike), for the
 * consumers that take records in batches and so decide record by record themselves. Waits for the
 * broker's acknowledgment: the caller's offset is committed only after the dead letter is safe.
 */
@ApplicationScoped
public class DeadLetterPublisher {

    private static final Logger LOG = Logger.getLogger(DeadLetterPublisher.class);

    @Inject
    @Named(PlatformProducer.NAME)
    Producer<String, String> producer;

    public void publish(ConsumerRecord<String, String> record, Throwable reason) {
        ProducerRecord<String, String> letter = new ProducerRecord<>(record.topic() + Topics.DEAD_LETTER_SUFFIX, null,
                record.key(), record.value(), new RecordHeaders(record.headers().toArray()));
        header(letter, "dead-letter-reason", String.valueOf(reason.getMessage()));
        header(letter, "dead-letter-exception-class-name", reason.getClass().getName());
        if (reason.getCause() != null) {
            header(letter, "dead-letter-cause", String.valueOf(reason.getCause().getMessage()));
            header(letter, "dead-letter-cause-class-name", reason.getCause().getClass().getName());
        }
        header(letter, "dead-letter-topic", record.topic());
        header(letter, "dead-letter-partition", Integer.toString(record.partition()));
        header(letter, "dead-letter-offset", Long.toString(record.offset()));
        try {
            producer.send(letter).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while dead-lettering " + where(record), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not dead-letter " + where(record), e);
        }
        LOG.warnf("%s went to its dead-letter topic: %s", where(record), reason.toString());
    }

    private static void header(ProducerRecord<String, String> letter, String name, String value) {
        letter.headers().remove(name);
        letter.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String where(ConsumerRecord<?, ?> record) {
        return record.topic() + "[" + record.partition() + "]@" + record.offset();
    }
}

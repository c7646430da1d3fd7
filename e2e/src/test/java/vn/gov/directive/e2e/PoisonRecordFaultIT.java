package vn.gov.directive.e2e;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.http.HttpStatus;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import io.restassured.response.Response;
import vn.gov.directive.testsupport.ComponentAddresses;

/**
 * A record on directive-events that is not an event (no CloudEvents headers, not JSON): every
 * consumer dead-letters it to directive-events.dlq (the operations view lists it) and goes on,
 * so the next directive, to 2,000 units, flows in full.
 * Run alone: mvn -Pe2e -pl e2e verify -Dit.test=PoisonRecordFaultIT
 */
class PoisonRecordFaultIT extends FaultScenario {

    @Test
    void aRecordThatIsNotAnEventIsDeadLetteredAndTheNextDirectiveFlows() throws Exception {
        String key = "e2e-poison-" + UUID.randomUUID();
        Instant sent = Instant.now();
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ComponentAddresses.kafka());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>("directive-events", key,
                    new String("{ ceci n'est pas un événement".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)))
                    .get(30, TimeUnit.SECONDS);
        }
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).until(() -> deadLettered(key));

        fanOut = FanOut.issue(BigGroup.get());
        fanOut.settle("PoisonRecordFaultIT", "a record on directive-events that is not an event, then a directive",
                sent, 0);
    }

    private static boolean deadLettered(String key) {
        Response letters = Platform.as("operator").when().get(Platform.REPORTING + "/api/v1/ops/dead-letters/directive-events.dlq");
        if (letters.statusCode() != HttpStatus.SC_OK) {
            return false;
        }
        List<Map<String, Object>> list = letters.jsonPath().getList("$");
        return list.stream().anyMatch(letter -> key.equals(letter.get("key")));
    }
}

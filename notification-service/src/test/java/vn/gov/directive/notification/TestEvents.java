package vn.gov.directive.notification;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import vn.gov.directive.common.directory.DirectoryReplica;
import vn.gov.directive.events.DeliveryCreated;
import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.DeliveryTransition;
import vn.gov.directive.events.DirectiveIssued;
import vn.gov.directive.events.EventType;
import vn.gov.directive.events.Recipient;
import vn.gov.directive.events.ReminderPolicy;
import vn.gov.directive.events.Role;
import vn.gov.directive.events.UnitUpserted;
import vn.gov.directive.events.Urgency;
import vn.gov.directive.testsupport.CloudEventRecords;

/**
 * Publishes what the other services would, on this module's test topics: fresh units (so a
 * rerun never reads an earlier run's mail), directives and deliveries.
 */
public final class TestEvents {

    /** The test profile's topic prefix (a run may set its own, to keep apart from another run's topics). */
    public static final String PREFIX = ConfigProvider.getConfig().getValue("platform.topics.prefix", String.class);
    public static final String ISSUER = "STTTT";

    private final KafkaCompanion kafka;
    private final DirectoryReplica replica;
    /** Each delivery's last sequence, as distribution-service counts it (its DeliveryCreated is 1). */
    private final java.util.Map<UUID, Long> sequences = new java.util.concurrent.ConcurrentHashMap<>();

    public TestEvents(KafkaCompanion kafka, DirectoryReplica replica) {
        this.kafka = kafka;
        this.replica = replica;
    }

    /** A directive of the test: its id, number and the policy it carries. */
    public record Directive(UUID id, String number, String subject, Urgency urgency, Instant deadline, ReminderPolicy policy) {
    }

    public static String freshCode() {
        return "T5-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    public static String address(String code) {
        return code.toLowerCase() + "@test.example";
    }

    public static Directive directive(Urgency urgency, Instant deadline, ReminderPolicy policy) {
        int number = ThreadLocalRandom.current().nextInt(1, 1_000_000);
        return new Directive(UUID.randomUUID(), number + "/STTTT-TTBCXB",
                "V/v tăng cường tuyên truyền phòng ngừa lừa đảo trên không gian mạng", urgency, deadline, policy);
    }

    /** A new unit with its own mailbox, known to the service's directory copy before this returns. */
    public String unit(String name) {
        String code = freshCode();
        publish(EventType.UNIT_UPSERTED, code, new UnitUpserted(code, name, "DISTRICT_PC", address(code),
                List.of("DISTRICT_PCS"), null, null, null));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> replica.unit(code).isPresent()));
        return code;
    }

    /** A unit the directory knows without an e-mail address. */
    public String unitWithoutAddress() {
        String code = freshCode();
        publish(EventType.UNIT_UPSERTED, code, new UnitUpserted(code, "Đơn vị chưa có thư điện tử", "DISTRICT_PC", null,
                List.of(), null, null, null));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> replica.unit(code).isPresent()));
        return code;
    }

    public void issued(Directive d, Recipient... recipients) {
        publish(EventType.DIRECTIVE_ISSUED, d.id().toString(), new DirectiveIssued(d.id(), 1, ISSUER,
                "Sở Thông tin và Truyền thông", d.number(), "CONG_VAN", d.subject(), d.urgency(),
                Instant.now().minusSeconds(5), d.deadline(), d.policy(), null, null, List.of(recipients)));
    }

    public UUID delivered(Directive d, String unit, Role role) {
        UUID deliveryId = UUID.randomUUID();
        publish(EventType.DELIVERY_CREATED, deliveryId.toString(), new DeliveryCreated(deliveryId, d.id(), 1, unit, role,
                DeliveryStatus.DELIVERED, d.deadline(), d.number(), d.subject(), d.urgency(), Instant.now(),
                DeliveryCreated.FIRST_SEQUENCE));
        sequences.put(deliveryId, DeliveryCreated.FIRST_SEQUENCE);
        return deliveryId;
    }

    /** The delivery's next event, numbered as distribution-service would. */
    public UUID moved(EventType type, Directive d, UUID deliveryId, String unit, DeliveryStatus from, DeliveryStatus to,
            String reason, String summary, Instant deadline) {
        return moved(type, d, 1, deliveryId, unit, from, to, reason, summary, deadline,
                sequences.merge(deliveryId, 1L, Long::sum));
    }

    /** A delivery event with the sequence given (an old one replayed, a late one). */
    public UUID moved(EventType type, Directive d, int version, UUID deliveryId, String unit, DeliveryStatus from,
            DeliveryStatus to, String reason, String summary, Instant deadline, long sequence) {
        return publish(type, deliveryId.toString(), new DeliveryTransition(deliveryId, d.id(), version, unit, from, to,
                unit.toLowerCase(), Instant.now(), reason, summary, null, deadline, sequence));
    }

    /** @return the event's id */
    public UUID publish(EventType type, String key, Object payload) {
        UUID eventId = UUID.randomUUID();
        kafka.produce(String.class, String.class)
                .fromRecords(List.of(CloudEventRecords.record(PREFIX + type.topic(), type, key, payload, eventId)))
                .awaitCompletion(Duration.ofSeconds(20));
        return eventId;
    }
}

package vn.gov.directive.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.http.HttpStatus;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import vn.gov.directive.common.directory.DirectoryReplica;
import vn.gov.directive.events.CloudEventHeaders;
import vn.gov.directive.events.EventJson;
import vn.gov.directive.events.EventSchemas;
import vn.gov.directive.events.EventType;
import vn.gov.directive.events.NotificationOutcome;
import vn.gov.directive.events.Recipient;
import vn.gov.directive.events.ReminderPolicy;
import vn.gov.directive.events.Role;
import vn.gov.directive.events.Urgency;
import vn.gov.directive.notification.domain.Notification;
import vn.gov.directive.notification.domain.NotificationKind;
import vn.gov.directive.notification.domain.NotificationStatus;
import vn.gov.directive.notification.sending.Dispatcher;
import vn.gov.directive.notification.sending.MessageId;
import vn.gov.directive.testsupport.CloudEventRecords;
import vn.gov.directive.testsupport.GreenMailClient;
import vn.gov.directive.testsupport.GreenMailResource;
import vn.gov.directive.testsupport.InjectGreenMail;
import vn.gov.directive.testsupport.InjectKafkaCompanion;

/** Exactly once across concurrent dispatchers, and nothing lost when the mail server is away. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class DispatchTests {

    static final int UNITS = 8;
    static final int REMINDERS_EACH = 3;

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectGreenMail
    GreenMailClient mail;

    @Inject
    DirectoryReplica replica;

    @Inject
    TestClock clock;

    @Inject
    Dispatcher dispatcher;

    @Inject
    SwitchableMailTransport transport;

    TestEvents events;

    @BeforeEach
    void setUp() {
        events = new TestEvents(kafka, replica);
    }

    @Test
    void twoDispatchersRunningTogetherSendEachReminderOnce() throws Exception {
        Instant deadline = clock.instant().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        TestEvents.Directive d = TestEvents.directive(Urgency.NORMAL, deadline, new ReminderPolicy(
                List.of(Duration.ofMinutes(30), Duration.ofMinutes(20), Duration.ofMinutes(10)), null, null, false));
        List<String> units = new ArrayList<>();
        for (int i = 0; i < UNITS; i++) {
            units.add(events.unit("Đơn vị thử nghiệm số " + (i + 1)));
        }
        events.issued(d, units.stream().map(u -> new Recipient(u, Role.ACTION)).toArray(Recipient[]::new));
        List<UUID> deliveries = units.stream().map(u -> events.delivered(d, u, Role.ACTION)).toList();
        await().atMost(Duration.ofSeconds(60)).until(() -> deliveries.stream()
                .allMatch(id -> NotificationRows.of(id, NotificationKind.REMINDER).size() == REMINDERS_EACH));

        clock.advanceTo(deadline);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                return dispatcher.dispatchDue();
            }));
        }
        start.countDown();
        int settledByBoth = 0;
        for (Future<Integer> run : runs) {
            settledByBoth += run.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        await().atMost(Duration.ofSeconds(60)).until(() -> deliveries.stream().allMatch(DispatchTests::noticeSent));
        for (UUID id : deliveries) {
            assertThat(NotificationRows.of(id)).allSatisfy(n -> assertThat(n.attempts).isEqualTo(1));
        }
        for (String unit : units) {
            assertThat(Mailbox.reminders(mail, TestEvents.address(unit))).as(unit).hasSize(REMINDERS_EACH);
            assertThat(mail.inbox(TestEvents.address(unit))).as(unit).hasSize(REMINDERS_EACH + 1);
        }
        assertThat(settledByBoth).isPositive().isLessThanOrEqualTo(UNITS * REMINDERS_EACH);
    }

    @Test
    void anSmtpOutageEndsWithTheMailSentOnceTheServerIsBack() {
        ConsumerTask<String, String> outcomes = kafka.consumeStrings().fromTopics(NoticeTests.OUTCOMES);
        String unit = events.unit("UBND huyện Cô Tô (thử nghiệm)");
        String address = TestEvents.address(unit);
        transport.serverDownFor(address);
        TestEvents.Directive d = TestEvents.directive(Urgency.NORMAL, null, null);
        events.issued(d, new Recipient(unit, Role.FOR_INFO));
        UUID delivery = events.delivered(d, unit, Role.FOR_INFO);

        await().atMost(Duration.ofSeconds(30)).until(() -> NotificationRows.of(delivery).stream().anyMatch(n -> n.attempts >= 2));
        Notification failing = NotificationRows.of(delivery).get(0);
        assertThat(failing.status).isEqualTo(NotificationStatus.PENDING);
        assertThat(failing.lastError).isNotBlank();
        assertThat(failing.nextAttemptAt).isAfter(failing.dueAt);
        assertThat(mail.inbox(address)).isEmpty();

        transport.serverBackFor(address);

        await().atMost(Duration.ofSeconds(30)).until(() -> NotificationRows.of(delivery).stream()
                .anyMatch(n -> n.status == NotificationStatus.SENT));
        Notification sent = NotificationRows.of(delivery).get(0);
        assertThat(sent.attempts).isGreaterThanOrEqualTo(3);
        assertThat(mail.inbox(address)).hasSize(1);
        assertThat(Mailbox.part(mail.inbox(address).get(0), "text/plain")).contains("để biết", d.number());
        await().atMost(Duration.ofSeconds(30)).until(() -> outcome(outcomes, delivery) != null);
        NotificationOutcome outcome = EventJson.read(outcome(outcomes, delivery).value(), NotificationOutcome.class);
        outcomes.stop();
        assertThat(outcome.attempts()).isEqualTo(sent.attempts);
        assertThat(metrics()).contains("notification_sent_total{kind=\"NOTICE\"", "notification_send_retries_total",
                "notification_send_latency_seconds_count", "notification_reminders_due");
    }

    @Test
    void aMailThatCannotGoIsRecordedAndPublishedAsFailedAfterItsLastAttempt() {
        ConsumerTask<String, String> outcomes = kafka.consumeStrings().fromTopics(NoticeTests.OUTCOMES);
        String unit = events.unitWithoutAddress();
        TestEvents.Directive d = TestEvents.directive(Urgency.NORMAL, null, null);
        events.issued(d, new Recipient(unit, Role.FOR_REPORT));
        UUID delivery = events.delivered(d, unit, Role.FOR_REPORT);

        await().atMost(Duration.ofSeconds(60)).until(() -> NotificationRows.of(delivery).stream()
                .anyMatch(n -> n.status == NotificationStatus.FAILED));
        Notification failed = NotificationRows.of(delivery).get(0);
        assertThat(failed.attempts).isEqualTo(6);
        assertThat(failed.lastError).contains("no e-mail address");

        await().atMost(Duration.ofSeconds(30)).until(() -> outcome(outcomes, delivery) != null);
        ConsumerRecord<String, String> record = outcome(outcomes, delivery);
        outcomes.stop();
        assertThat(CloudEventRecords.header(record.headers(), CloudEventHeaders.TYPE)).isEqualTo(EventType.NOTIFICATION_FAILED.ceType());
        assertThat(EventSchemas.violations(EventType.NOTIFICATION_FAILED, record.value())).isEmpty();
        NotificationOutcome outcome = EventJson.read(record.value(), NotificationOutcome.class);
        assertThat(outcome.attempts()).isEqualTo(6);
        assertThat(outcome.kind()).isEqualTo("NOTICE");
        assertThat(outcome.error()).contains("no e-mail address");
        assertThat(metrics()).contains("notification_failed_total{kind=\"NOTICE\"");
    }

    @Test
    void aMailSentAgainBecauseItsRecordWasLostCarriesTheSameMessageIdAsTheFirst() {
        String unit = events.unit("UBND thị xã Quảng Yên (thử nghiệm)");
        String address = TestEvents.address(unit);
        transport.loseTheRecordOfTheNextMailTo(address);
        TestEvents.Directive d = TestEvents.directive(Urgency.NORMAL, null, null);
        events.issued(d, new Recipient(unit, Role.FOR_INFO));
        UUID delivery = events.delivered(d, unit, Role.FOR_INFO);

        await().atMost(Duration.ofSeconds(60)).until(() -> NotificationRows.of(delivery).stream()
                .anyMatch(n -> n.status == NotificationStatus.SENT));
        Notification sent = NotificationRows.of(delivery).get(0);
        assertThat(sent.attempts).isEqualTo(2);
        List<GreenMailClient.Mail> inbox = mail.inbox(address);
        assertThat(inbox).as("the mail whose record was lost, and its repeat").hasSize(2);
        String expected = MessageId.of(sent.id, ConfigProvider.getConfig().getValue("quarkus.mailer.from", String.class));
        assertThat(inbox).extracting(m -> MimeParts.header(m.mimeMessage(), "Message-ID")).containsExactly(expected, expected);
    }

    @Test
    void eachMailIsRecordedRightAfterTheServerAcceptedItSoOnlyMailsInFlightAreUnrecorded() {
        List<String> units = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            units.add(events.unit("Phường thử nghiệm số " + (i + 1)));
        }
        Set<String> addresses = units.stream().map(TestEvents::address).collect(Collectors.toSet());
        // Addresses handed to the server at least once: a send the server refused (a pooled
        // connection it had closed, say) is legitimately tried again.
        Set<String> handed = ConcurrentHashMap.newKeySet();
        AtomicInteger worstUnrecorded = new AtomicInteger();
        List<UUID> deliveries = new CopyOnWriteArrayList<>();
        transport.beforeSend(to -> {
            if (addresses.contains(to)) {
                long recorded = QuarkusTransaction.requiringNew().call(() -> Notification.count(
                        "deliveryId in ?1 and status = ?2", List.copyOf(deliveries), NotificationStatus.SENT));
                worstUnrecorded.accumulateAndGet((int) (handed.size() - recorded), Math::max);
                handed.add(to);
            }
        });
        try {
            TestEvents.Directive d = TestEvents.directive(Urgency.NORMAL, null, null);
            events.issued(d, units.stream().map(u -> new Recipient(u, Role.FOR_INFO)).toArray(Recipient[]::new));
            units.forEach(u -> deliveries.add(events.delivered(d, u, Role.FOR_INFO)));

            await().atMost(Duration.ofSeconds(60)).until(() -> deliveries.stream().allMatch(DispatchTests::noticeSent));
        } finally {
            transport.beforeSend(null);
        }
        assertThat(handed).isEqualTo(addresses);
        int senders = ConfigProvider.getConfig().getValue("notification.dispatch.senders", Integer.class);
        assertThat(worstUnrecorded.get()).as("mails accepted or in flight but not yet recorded, at any send")
                .isLessThanOrEqualTo(senders - 1);
        units.forEach(u -> assertThat(mail.inbox(TestEvents.address(u))).as(u).hasSize(1));
    }

    /** The delivery's notices exist and are all sent (no notice yet must not count as all sent). */
    private static boolean noticeSent(UUID delivery) {
        List<Notification> notices = NotificationRows.of(delivery);
        return !notices.isEmpty() && notices.stream().allMatch(n -> n.status == NotificationStatus.SENT);
    }

    private static String metrics() {
        return given().when().get("/q/metrics").then().statusCode(HttpStatus.SC_OK).extract().asString();
    }

    private static ConsumerRecord<String, String> outcome(ConsumerTask<String, String> records, UUID delivery) {
        return records.getRecords().stream().filter(r -> delivery.toString().equals(r.key())).findFirst().orElse(null);
    }
}

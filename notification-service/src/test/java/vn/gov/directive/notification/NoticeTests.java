package vn.gov.directive.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import vn.gov.directive.common.directory.DirectoryReplica;
import vn.gov.directive.common.ports.LocalPorts;
import vn.gov.directive.events.CloudEventHeaders;
import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.DirectiveAmended;
import vn.gov.directive.events.DirectiveRecalled;
import vn.gov.directive.events.EventJson;
import vn.gov.directive.events.EventSchemas;
import vn.gov.directive.events.EventType;
import vn.gov.directive.events.NotificationOutcome;
import vn.gov.directive.events.Recipient;
import vn.gov.directive.events.ReminderPolicy;
import vn.gov.directive.events.Role;
import vn.gov.directive.events.Urgency;
import vn.gov.directive.notification.domain.NotificationKind;
import vn.gov.directive.notification.domain.NotificationStatus;
import vn.gov.directive.testsupport.CloudEventRecords;
import vn.gov.directive.testsupport.GreenMailClient;
import vn.gov.directive.testsupport.GreenMailResource;
import vn.gov.directive.testsupport.InjectGreenMail;
import vn.gov.directive.testsupport.InjectKafkaCompanion;

/** Notices of new, amended and recalled directives, through the real broker, database and mail server. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class NoticeTests {

    static final String OUTCOMES = TestEvents.PREFIX + "notification-events";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectGreenMail
    GreenMailClient mail;

    @Inject
    DirectoryReplica replica;

    @Inject
    TestClock clock;

    TestEvents events;

    @BeforeEach
    void setUp() {
        events = new TestEvents(kafka, replica);
    }

    @Test
    void theNoticeReachesTheUnitsAddressInVietnameseWithNumberDeadlineRoleAndLink() {
        ConsumerTask<String, String> outcomes = kafka.consumeStrings().fromTopics(OUTCOMES);
        String unit = events.unit("Ủy ban nhân dân thành phố Hạ Long (thử nghiệm)");
        TestEvents.Directive d = TestEvents.directive(Urgency.URGENT, Instant.parse("2027-12-15T10:00:00Z"), null);
        events.issued(d, new Recipient(unit, Role.ACTION));
        UUID delivery = events.delivered(d, unit, Role.ACTION);

        await().atMost(Duration.ofSeconds(30)).until(() -> !mail.inbox(TestEvents.address(unit)).isEmpty());
        List<GreenMailClient.Mail> inbox = mail.inbox(TestEvents.address(unit));
        assertThat(inbox).hasSize(1);
        GreenMailClient.Mail notice = inbox.get(0);
        assertThat(notice.subject()).isEqualTo("[Khẩn] Văn bản mới: " + d.number() + " " + d.subject());
        String link = "http://localhost:" + LocalPorts.of("distribution-service") + "/portal/deliveries/" + delivery;
        String text = Mailbox.part(notice, "text/plain");
        assertThat(text).contains("Kính gửi: Ủy ban nhân dân thành phố Hạ Long (thử nghiệm)", "Số, ký hiệu: " + d.number(),
                d.subject(), "Thời hạn: 17:00 thứ Tư, 15/12/2027 (giờ Việt Nam)", "chủ trì thực hiện", "Độ khẩn: Khẩn", link);
        String html = Mailbox.part(notice, "text/html");
        assertThat(html).contains("<strong>" + d.number() + "</strong>", "17:00 thứ Tư, 15/12/2027", "href=\"" + link + "\"");
        // the sender's Vietnamese name travels as RFC 2047 encoded words: "Hệ thống văn bản điều hành"
        assertThat(MimeParts.headers(notice.mimeMessage())).contains("no-reply@directives.example", "=?UTF-8?Q?H=E1=BB=87_th=E1=BB=91ng_v?=");

        await().atMost(Duration.ofSeconds(30)).until(() -> outcome(outcomes, delivery) != null);
        ConsumerRecord<String, String> sent = outcome(outcomes, delivery);
        outcomes.stop();
        assertThat(CloudEventRecords.header(sent.headers(), CloudEventHeaders.TYPE)).isEqualTo(EventType.NOTIFICATION_SENT.ceType());
        assertThat(EventSchemas.violations(EventType.NOTIFICATION_SENT, sent.value())).isEmpty();
        NotificationOutcome payload = EventJson.read(sent.value(), NotificationOutcome.class);
        assertThat(payload.kind()).isEqualTo("NOTICE");
        assertThat(payload.recipient()).isEqualTo(TestEvents.address(unit));
        assertThat(payload.unit()).isEqualTo(unit);
        assertThat(payload.directiveId()).isEqualTo(d.id());
        assertThat(payload.attempts()).isEqualTo(1);
    }

    @Test
    void aDeliveryThatArrivesBeforeItsDirectiveIsNoticedAtOnceAndRemindedOnceThePolicyArrives() {
        String unit = events.unit("UBND huyện Vân Đồn (thử nghiệm)");
        Instant deadline = clock.instant().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
        TestEvents.Directive d = TestEvents.directive(Urgency.NORMAL, deadline,
                new ReminderPolicy(List.of(Duration.ofDays(1)), null, null, false));
        UUID delivery = events.delivered(d, unit, Role.COORDINATE);

        await().atMost(Duration.ofSeconds(30)).until(() -> !mail.inbox(TestEvents.address(unit)).isEmpty());
        assertThat(Mailbox.part(mail.inbox(TestEvents.address(unit)).get(0), "text/plain")).contains("phối hợp thực hiện");
        assertThat(NotificationRows.of(delivery, NotificationKind.REMINDER)).isEmpty();

        events.issued(d, new Recipient(unit, Role.COORDINATE));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(NotificationRows.of(delivery, NotificationKind.REMINDER))
                .singleElement().satisfies(r -> {
                    assertThat(r.status).isEqualTo(NotificationStatus.PENDING);
                    assertThat(r.dueAt).isEqualTo(deadline.minus(Duration.ofDays(1)));
                }));
    }

    @Test
    void openDeliveriesAreToldOfAnAmendmentAndOfARecallWhichStopsTheirReminders() {
        String open = events.unit("Sở Y tế (thử nghiệm)");
        String returned = events.unit("Sở Xây dựng (thử nghiệm)");
        Instant deadline = clock.instant().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
        TestEvents.Directive d = TestEvents.directive(Urgency.NORMAL, deadline,
                new ReminderPolicy(List.of(Duration.ofDays(2)), Duration.ofDays(1), 2, false));
        events.issued(d, new Recipient(open, Role.ACTION), new Recipient(returned, Role.ACTION));
        UUID openDelivery = events.delivered(d, open, Role.ACTION);
        UUID returnedDelivery = events.delivered(d, returned, Role.ACTION);
        await().atMost(Duration.ofSeconds(30)).until(() -> mail.inbox(TestEvents.address(open)).size() == 1
                && mail.inbox(TestEvents.address(returned)).size() == 1);
        events.moved(EventType.DELIVERY_RETURNED, d, returnedDelivery, returned, DeliveryStatus.DELIVERED,
                DeliveryStatus.RETURNED, "Văn bản không thuộc thẩm quyền của đơn vị", null, null);
        await().atMost(Duration.ofSeconds(30)).until(() -> NotificationRows.of(returnedDelivery, NotificationKind.REMINDER)
                .stream().allMatch(r -> r.status == NotificationStatus.CANCELLED));

        Instant newDeadline = deadline.plus(Duration.ofDays(7));
        events.publish(EventType.DIRECTIVE_AMENDED, d.id().toString(), new DirectiveAmended(d.id(), 2, d.number(), d.subject(),
                newDeadline, "Gia hạn thời hạn báo cáo thêm 7 ngày", Instant.now(), "stttt", null, null));

        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.withSubject(mail, TestEvents.address(open), "Văn bản đã được sửa đổi").size() == 1);
        String amendment = Mailbox.part(Mailbox.withSubject(mail, TestEvents.address(open), "Văn bản đã được sửa đổi").get(0), "text/plain");
        assertThat(amendment).contains("Nội dung sửa đổi: Gia hạn thời hạn báo cáo thêm 7 ngày", d.number());
        assertThat(NotificationRows.of(openDelivery, NotificationKind.REMINDER))
                .filteredOn(r -> r.status == NotificationStatus.PENDING)
                .extracting(r -> r.plannedAt).containsExactly(newDeadline.minus(Duration.ofDays(2)),
                        newDeadline.plus(Duration.ofDays(1)), newDeadline.plus(Duration.ofDays(2)));

        events.publish(EventType.DIRECTIVE_RECALLED, d.id().toString(), new DirectiveRecalled(d.id(), 2, d.number(),
                "Ban hành nhầm đối tượng nhận", Instant.now(), "stttt"));

        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.withSubject(mail, TestEvents.address(open), "Thu hồi văn bản").size() == 1);
        assertThat(Mailbox.part(Mailbox.withSubject(mail, TestEvents.address(open), "Thu hồi văn bản").get(0), "text/plain"))
                .contains("Lý do thu hồi: Ban hành nhầm đối tượng nhận");
        assertThat(NotificationRows.of(openDelivery, NotificationKind.REMINDER))
                .allSatisfy(r -> assertThat(r.status).isEqualTo(NotificationStatus.CANCELLED));
        assertThat(mail.inbox(TestEvents.address(returned))).as("a returned delivery is closed: no amendment, no recall").hasSize(1);
    }

    private static ConsumerRecord<String, String> outcome(ConsumerTask<String, String> records, UUID delivery) {
        return records.getRecords().stream().filter(r -> delivery.toString().equals(r.key())).findFirst().orElse(null);
    }
}

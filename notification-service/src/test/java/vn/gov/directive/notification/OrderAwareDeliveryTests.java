package vn.gov.directive.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import vn.gov.directive.common.directory.DirectoryReplica;
import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.DirectiveRecalled;
import vn.gov.directive.events.EventType;
import vn.gov.directive.events.Recipient;
import vn.gov.directive.events.ReminderPolicy;
import vn.gov.directive.events.Role;
import vn.gov.directive.events.Urgency;
import vn.gov.directive.notification.domain.NoticeDelivery;
import vn.gov.directive.notification.domain.NotificationKind;
import vn.gov.directive.notification.domain.NotificationStatus;
import vn.gov.directive.notification.sending.Dispatcher;
import vn.gov.directive.testsupport.GreenMailClient;
import vn.gov.directive.testsupport.GreenMailResource;
import vn.gov.directive.testsupport.InjectGreenMail;
import vn.gov.directive.testsupport.InjectKafkaCompanion;

/**
 * Delivery events applied by their sequence, from real records through to the real mail server:
 * an old event replayed late changes nothing, what an amendment and a recall did to each delivery
 * is followed, and a COORDINATE unit is never told to report.
 */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class OrderAwareDeliveryTests {

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
    EntityManager entityManager;

    TestEvents events;

    @BeforeEach
    void setUp() {
        events = new TestEvents(kafka, replica);
    }

    @Test
    void aReplayedAcknowledgmentAfterTheReportPlansNoReminderAgain() {
        String unit = events.unit("UBND huyện Tiên Yên (thử nghiệm)");
        String address = TestEvents.address(unit);
        Instant deadline = clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        TestEvents.Directive d = TestEvents.directive(Urgency.FLASH, deadline,
                new ReminderPolicy(List.of(Duration.ofDays(1)), Duration.ofDays(1), 2, false));
        events.issued(d, new Recipient(unit, Role.ACTION));
        UUID delivery = events.delivered(d, unit, Role.ACTION);
        await().atMost(Duration.ofSeconds(30)).until(() -> NotificationRows.of(delivery, NotificationKind.REMINDER).size() == 3);

        // the acknowledgment (sequence 2) was dead-lettered; the report (3) went through and stopped the reminders
        events.moved(EventType.REPORT_SUBMITTED, d, 1, delivery, unit, DeliveryStatus.ACKNOWLEDGED, DeliveryStatus.REPORTED,
                null, "Đã triển khai và báo cáo kết quả", null, 3);
        await().atMost(Duration.ofSeconds(30)).until(() -> allCancelled(delivery));

        UUID replay = events.moved(EventType.DELIVERY_ACKNOWLEDGED, d, 1, delivery, unit, DeliveryStatus.DELIVERED,
                DeliveryStatus.ACKNOWLEDGED, null, null, null, 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(replay));

        assertThat(allCancelled(delivery)).as("no reminder planned again").isTrue();
        assertThat(NotificationRows.of(delivery, NotificationKind.REMINDER)).hasSize(3)
                .noneMatch(r -> r.status == NotificationStatus.PENDING);
        NoticeDelivery held = held(delivery);
        assertThat(held.status).isEqualTo(DeliveryStatus.REPORTED);
        assertThat(held.sequence).isEqualTo(3);

        clock.advanceTo(deadline.plus(Duration.ofDays(3)));
        dispatcher.dispatchDue();
        await().atMost(Duration.ofSeconds(30)).until(() -> mail.inbox(address).size() == 1); // the notice
        assertThat(Mailbox.reminders(mail, address)).isEmpty();
    }

    @Test
    void aCoordinatingUnitThatAcknowledgedGetsNoReminderAndNeverAnOverdueMail() {
        String acknowledging = events.unit("Công an tỉnh (thử nghiệm)");
        String silent = events.unit("Ban Tuyên giáo Tỉnh ủy (thử nghiệm)");
        Instant deadline = clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        TestEvents.Directive d = TestEvents.directive(Urgency.FLASH, deadline,
                new ReminderPolicy(List.of(Duration.ofDays(2), Duration.ofDays(1)), Duration.ofDays(1), 3, false));
        events.issued(d, new Recipient(acknowledging, Role.COORDINATE), new Recipient(silent, Role.COORDINATE));
        UUID acknowledged = events.delivered(d, acknowledging, Role.COORDINATE);
        UUID unacknowledged = events.delivered(d, silent, Role.COORDINATE);
        // reminders to acknowledge ahead of the deadline only: a COORDINATE unit owes no report, so is never overdue
        await().atMost(Duration.ofSeconds(30)).until(() -> NotificationRows.of(acknowledged, NotificationKind.REMINDER).size() == 2
                && NotificationRows.of(unacknowledged, NotificationKind.REMINDER).size() == 2);
        assertThat(NotificationRows.of(unacknowledged, NotificationKind.REMINDER)).noneMatch(r -> r.step.contains("OVERDUE"));

        events.moved(EventType.DELIVERY_ACKNOWLEDGED, d, acknowledged, acknowledging, DeliveryStatus.DELIVERED,
                DeliveryStatus.ACKNOWLEDGED, null, null, null);
        await().atMost(Duration.ofSeconds(30)).until(() -> allCancelled(acknowledged));

        clock.advanceTo(deadline.plus(Duration.ofDays(5)));
        dispatcher.dispatchDue();
        String silentAddress = TestEvents.address(silent);
        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.reminders(mail, silentAddress).size() == 2);
        String acknowledgingAddress = TestEvents.address(acknowledging);
        assertThat(mail.inbox(acknowledgingAddress)).as("the notice only").hasSize(1);
        assertThat(Mailbox.reminders(mail, acknowledgingAddress)).isEmpty();
        for (String address : List.of(acknowledgingAddress, silentAddress)) {
            for (GreenMailClient.Mail sent : mail.inbox(address)) {
                String text = Mailbox.part(sent, "text/plain") + Mailbox.part(sent, "text/html") + sent.subject();
                assertThat(text).as("mail %s to %s", sent.subject(), address)
                        .doesNotContain("chưa báo cáo").doesNotContain("Quá hạn").doesNotContain("gửi báo cáo");
            }
        }
        assertThat(Mailbox.withSubject(mail, silentAddress, "[Hỏa tốc] Nhắc xác nhận đã nhận")).hasSize(2);
        assertThat(Mailbox.part(Mailbox.reminders(mail, silentAddress).get(0), "text/plain"))
                .contains("đơn vị chưa xác nhận đã nhận văn bản", d.number());
    }

    /** What distribution-service publishes for an amendment, then a recall whose per-delivery events come before the directive's. */
    @Test
    void theStatesAnAmendmentAndARecallLeaveAreThoseOfDistribution() {
        String acknowledging = events.unit("Sở Tài chính (thử nghiệm)");
        String reporting = events.unit("Sở Công Thương (thử nghiệm)");
        Instant deadline = clock.instant().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.SECONDS);
        TestEvents.Directive d = TestEvents.directive(Urgency.FLASH, deadline,
                new ReminderPolicy(List.of(Duration.ofDays(1)), null, null, false));
        events.issued(d, new Recipient(acknowledging, Role.ACTION), new Recipient(reporting, Role.ACTION));
        UUID acked = events.delivered(d, acknowledging, Role.ACTION);
        UUID reported = events.delivered(d, reporting, Role.ACTION);
        events.moved(EventType.DELIVERY_ACKNOWLEDGED, d, acked, acknowledging, DeliveryStatus.DELIVERED, DeliveryStatus.ACKNOWLEDGED,
                null, null, null);
        events.moved(EventType.REPORT_SUBMITTED, d, reported, reporting, DeliveryStatus.DELIVERED, DeliveryStatus.REPORTED,
                null, "Đã báo cáo", null);
        await().atMost(Duration.ofSeconds(30)).until(() -> held(acked) != null && held(acked).sequence == 2
                && held(reported) != null && held(reported).sequence == 2);

        Instant later = deadline.plus(Duration.ofDays(7));
        events.moved(EventType.DELIVERY_AMENDED, d, 2, acked, acknowledging, DeliveryStatus.ACKNOWLEDGED, DeliveryStatus.DELIVERED,
                null, null, later, 3);
        events.moved(EventType.DELIVERY_AMENDED, d, 2, reported, reporting, DeliveryStatus.REPORTED, DeliveryStatus.REPORTED,
                null, null, later, 3);
        await().atMost(Duration.ofSeconds(30)).until(() -> held(acked).sequence == 3 && held(reported).sequence == 3);
        assertThat(held(acked).status).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(held(acked).deadline).isEqualTo(later);
        assertThat(held(acked).version).isEqualTo(2);
        assertThat(held(reported).status).isEqualTo(DeliveryStatus.REPORTED);
        // the unit that must acknowledge again is reminded ahead of the new deadline
        assertThat(NotificationRows.of(acked, NotificationKind.REMINDER)).filteredOn(r -> r.status == NotificationStatus.PENDING)
                .extracting(r -> r.plannedAt).containsExactly(later.minus(Duration.ofDays(1)));

        events.moved(EventType.DELIVERY_RECALLED, d, 2, acked, acknowledging, DeliveryStatus.DELIVERED, DeliveryStatus.RECALLED,
                null, null, null, 4);
        events.moved(EventType.DELIVERY_RECALLED, d, 2, reported, reporting, DeliveryStatus.REPORTED, DeliveryStatus.RECALLED,
                null, null, null, 4);
        await().atMost(Duration.ofSeconds(30)).until(() -> held(acked).status == DeliveryStatus.RECALLED
                && held(reported).status == DeliveryStatus.RECALLED);
        assertThat(allCancelled(acked)).isTrue();

        // the directive's own recall comes after: each unit is still told, once
        events.publish(EventType.DIRECTIVE_RECALLED, d.id().toString(), new DirectiveRecalled(d.id(), 2, d.number(),
                "Ban hành nhầm đối tượng nhận", Instant.now(), "stttt"));
        dispatcher.dispatchDue();
        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.withSubject(mail, TestEvents.address(acknowledging), "[Hỏa tốc] Thu hồi văn bản").size() == 1
                && Mailbox.withSubject(mail, TestEvents.address(reporting), "[Hỏa tốc] Thu hồi văn bản").size() == 1);
        assertThat(Mailbox.part(Mailbox.withSubject(mail, TestEvents.address(reporting), "[Hỏa tốc] Thu hồi văn bản").get(0), "text/plain"))
                .contains("Lý do thu hồi: Ban hành nhầm đối tượng nhận");
    }

    private static boolean allCancelled(UUID delivery) {
        return NotificationRows.of(delivery, NotificationKind.REMINDER).stream().allMatch(r -> r.status == NotificationStatus.CANCELLED);
    }

    private static NoticeDelivery held(UUID delivery) {
        return QuarkusTransaction.requiringNew().call(() -> NoticeDelivery.<NoticeDelivery>findById(delivery));
    }

    private boolean processed(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from processed_event where event_id = ?1").setParameter(1, eventId)
                .getSingleResult()).longValue() == 1);
    }
}

package vn.gov.directive.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.http.HttpStatus;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import vn.gov.directive.common.directory.DirectoryReplica;
import vn.gov.directive.common.time.VietnamTime;
import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.EventType;
import vn.gov.directive.events.Recipient;
import vn.gov.directive.events.ReminderPolicy;
import vn.gov.directive.events.Role;
import vn.gov.directive.events.Urgency;
import vn.gov.directive.notification.domain.Notification;
import vn.gov.directive.notification.domain.NotificationKind;
import vn.gov.directive.notification.domain.NotificationStatus;
import vn.gov.directive.notification.sending.Dispatcher;
import vn.gov.directive.testsupport.GreenMailClient;
import vn.gov.directive.testsupport.GreenMailResource;
import vn.gov.directive.testsupport.InjectGreenMail;
import vn.gov.directive.testsupport.InjectKafkaCompanion;
import vn.gov.directive.testsupport.InjectKeycloak;
import vn.gov.directive.testsupport.KeycloakTokens;

/** Reminder schedules driven by the application's clock, sent through the real mail server. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class ReminderTests {

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

    @InjectKeycloak
    KeycloakTokens keycloak;

    TestEvents events;

    @BeforeEach
    void setUp() {
        events = new TestEvents(kafka, replica);
    }

    @Test
    void aPolicyInMinutesFiresEachReminderAtItsMomentAndNoMore() {
        String unit = events.unit("UBND thành phố Cẩm Phả (thử nghiệm)");
        String address = TestEvents.address(unit);
        Instant deadline = clock.instant().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        TestEvents.Directive d = TestEvents.directive(Urgency.NORMAL, deadline,
                new ReminderPolicy(List.of(Duration.ofMinutes(20), Duration.ofMinutes(10)), Duration.ofMinutes(5), 2, false));
        events.issued(d, new Recipient(unit, Role.ACTION));
        UUID delivery = events.delivered(d, unit, Role.ACTION);
        await().atMost(Duration.ofSeconds(30)).until(() -> NotificationRows.of(delivery, NotificationKind.REMINDER).size() == 4);
        List<Instant> moments = List.of(deadline.minus(Duration.ofMinutes(20)), deadline.minus(Duration.ofMinutes(10)),
                deadline.plus(Duration.ofMinutes(5)), deadline.plus(Duration.ofMinutes(10)));
        assertThat(NotificationRows.of(delivery, NotificationKind.REMINDER)).extracting(n -> n.dueAt).containsExactlyElementsOf(moments);

        for (int i = 0; i < moments.size(); i++) {
            int before = i;
            clock.advanceTo(moments.get(i).minus(Duration.ofMinutes(1)));
            dispatcher.dispatchDue();
            assertThat(Mailbox.reminders(mail, address)).as("a minute before reminder %d", i + 1).hasSize(before);

            clock.advanceTo(moments.get(i).plusSeconds(1));
            dispatcher.dispatchDue();
            await().atMost(Duration.ofSeconds(20)).until(() -> Mailbox.reminders(mail, address).size() == before + 1);
        }
        clock.advanceTo(deadline.plus(Duration.ofDays(1)));
        dispatcher.dispatchDue();
        assertThat(Mailbox.reminders(mail, address)).as("maxOverdue is 2").hasSize(4);
        assertThat(Mailbox.withSubject(mail, address, "Nhắc hạn")).hasSize(2);
        assertThat(Mailbox.withSubject(mail, address, "Quá hạn báo cáo")).hasSize(2);
        String overdue = Mailbox.part(Mailbox.withSubject(mail, address, "Quá hạn báo cáo").get(0), "text/plain");
        assertThat(overdue).contains("đã quá hạn", VietnamTime.spoken(deadline), d.number());
    }

    @Test
    void aReportedDeliveryGetsNoReminder() {
        String unit = events.unit("UBND thành phố Uông Bí (thử nghiệm)");
        String address = TestEvents.address(unit);
        Instant deadline = clock.instant().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        TestEvents.Directive d = TestEvents.directive(Urgency.FLASH, deadline,
                new ReminderPolicy(List.of(Duration.ofMinutes(30)), Duration.ofMinutes(5), 1, true));
        events.issued(d, new Recipient(unit, Role.ACTION));
        UUID delivery = events.delivered(d, unit, Role.ACTION);
        await().atMost(Duration.ofSeconds(30)).until(() -> NotificationRows.of(delivery, NotificationKind.REMINDER).size() == 2);

        events.moved(EventType.REPORT_SUBMITTED, d, delivery, unit, DeliveryStatus.DELIVERED, DeliveryStatus.REPORTED,
                null, "Đơn vị đã triển khai và báo cáo kết quả", null);
        await().atMost(Duration.ofSeconds(30)).until(() -> NotificationRows.of(delivery, NotificationKind.REMINDER).stream()
                .allMatch(n -> n.status == NotificationStatus.CANCELLED));

        clock.advanceTo(deadline.plus(Duration.ofHours(1)));
        dispatcher.dispatchDue();
        await().atMost(Duration.ofSeconds(30)).until(() -> mail.inbox(address).size() == 1); // the notice
        assertThat(Mailbox.reminders(mail, address)).isEmpty();
        assertThat(NotificationRows.of(delivery, NotificationKind.REMINDER)).noneMatch(n -> n.status == NotificationStatus.SENT);
    }

    @Test
    void anExtendedDeadlineMovesTheRemainingReminders() {
        String unit = events.unit("UBND thị xã Quảng Yên (thử nghiệm)");
        String address = TestEvents.address(unit);
        Instant deadline = clock.instant().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        Instant extended = deadline.plus(Duration.ofHours(3));
        TestEvents.Directive d = TestEvents.directive(Urgency.NORMAL, deadline,
                new ReminderPolicy(List.of(Duration.ofMinutes(30)), null, null, false));
        events.issued(d, new Recipient(unit, Role.ACTION));
        UUID delivery = events.delivered(d, unit, Role.ACTION);
        await().atMost(Duration.ofSeconds(30)).until(() -> NotificationRows.of(delivery, NotificationKind.REMINDER).size() == 1);

        events.moved(EventType.DEADLINE_EXTENDED, d, delivery, unit, DeliveryStatus.DELIVERED, DeliveryStatus.DELIVERED,
                "Đơn vị đề nghị gia hạn", null, extended);
        await().atMost(Duration.ofSeconds(30)).until(() -> NotificationRows.of(delivery, NotificationKind.REMINDER).stream()
                .anyMatch(n -> n.status == NotificationStatus.PENDING && n.dueAt.equals(extended.minus(Duration.ofMinutes(30)))));

        clock.advanceTo(deadline.minus(Duration.ofMinutes(29)));
        dispatcher.dispatchDue();
        assertThat(Mailbox.reminders(mail, address)).as("the old deadline's reminder is gone").isEmpty();

        clock.advanceTo(extended.minus(Duration.ofMinutes(29)));
        dispatcher.dispatchDue();
        await().atMost(Duration.ofSeconds(20)).until(() -> Mailbox.reminders(mail, address).size() == 1);
        assertThat(Mailbox.part(Mailbox.reminders(mail, address).get(0), "text/plain")).contains(VietnamTime.spoken(extended));
    }

    @Test
    void remindersWaitForWorkingTimeAndSkipTheSeededTetHolidaysButFlashOnesDoNot() {
        String unit = events.unit("UBND huyện Tiên Yên (thử nghiệm)");
        // Thursday 11/2/2027 10:00 in Hà Nội; three days before is Monday 8/2, inside the Tết break
        Instant deadline = LocalDateTime.parse("2027-02-11T10:00").atZone(VietnamTime.ZONE).toInstant();
        ReminderPolicy policy = new ReminderPolicy(List.of(Duration.ofDays(3)), null, null, true);
        TestEvents.Directive normal = TestEvents.directive(Urgency.NORMAL, deadline, policy);
        TestEvents.Directive flash = TestEvents.directive(Urgency.FLASH, deadline, policy);
        events.issued(normal, new Recipient(unit, Role.ACTION));
        events.issued(flash, new Recipient(unit, Role.ACTION));
        UUID normalDelivery = events.delivered(normal, unit, Role.ACTION);
        UUID flashDelivery = events.delivered(flash, unit, Role.ACTION);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(NotificationRows.of(normalDelivery, NotificationKind.REMINDER)).extracting(n -> n.dueAt)
                    .containsExactly(LocalDateTime.parse("2027-02-11T08:00").atZone(VietnamTime.ZONE).toInstant());
            assertThat(NotificationRows.of(flashDelivery, NotificationKind.REMINDER)).extracting(n -> n.dueAt)
                    .containsExactly(LocalDateTime.parse("2027-02-08T10:00").atZone(VietnamTime.ZONE).toInstant());
        });
        Notification waiting = NotificationRows.of(normalDelivery, NotificationKind.REMINDER).get(0);
        assertThat(waiting.plannedAt).isEqualTo(LocalDateTime.parse("2027-02-08T10:00").atZone(VietnamTime.ZONE).toInstant());
        assertThat(waiting.workingHours).isTrue();
    }

    @Test
    void aHolidayAddedByAnOperatorMovesTheRemindersWaitingForWorkingTime() {
        String unit = events.unit("UBND huyện Đầm Hà (thử nghiệm)");
        // Friday 7/3/2031 10:00 in Hà Nội; the day before is an ordinary Thursday until the operator says otherwise
        Instant deadline = LocalDateTime.parse("2031-03-07T10:00").atZone(VietnamTime.ZONE).toInstant();
        TestEvents.Directive d = TestEvents.directive(Urgency.NORMAL, deadline,
                new ReminderPolicy(List.of(Duration.ofDays(1)), null, null, true));
        events.issued(d, new Recipient(unit, Role.ACTION));
        UUID delivery = events.delivered(d, unit, Role.ACTION);
        Instant thursday = LocalDateTime.parse("2031-03-06T10:00").atZone(VietnamTime.ZONE).toInstant();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(NotificationRows.of(delivery, NotificationKind.REMINDER))
                .extracting(n -> n.dueAt).containsExactly(thursday));

        given().auth().oauth2(keycloak.accessToken("operator")).contentType(ContentType.JSON).queryParam("year", 2031)
                .body(List.of(Map.of("date", "2031-03-06", "name", "Ngày nghỉ thử nghiệm")))
                .when().put("/api/v1/calendar/holidays")
                .then().statusCode(HttpStatus.SC_OK);

        assertThat(NotificationRows.of(delivery, NotificationKind.REMINDER)).extracting(n -> n.dueAt)
                .containsExactly(LocalDateTime.parse("2031-03-07T08:00").atZone(VietnamTime.ZONE).toInstant());
    }
}

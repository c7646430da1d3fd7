package vn.gov.directive.notification.sending;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import vn.gov.directive.common.directory.ReplicaUnit;
import vn.gov.directive.common.time.VietnamTime;
import vn.gov.directive.notification.config.NotificationConfig;
import vn.gov.directive.notification.domain.NoticeDelivery;
import vn.gov.directive.notification.domain.Notification;

/** Words a notification in Vietnamese from the templates under templates/mail (subject, HTML, plain text). */
@ApplicationScoped
public class MailComposer {

    @Inject
    @Location("mail/subject.txt")
    Template subject;

    @Inject
    @Location("mail/message.html")
    Template html;

    @Inject
    @Location("mail/message.txt")
    Template text;

    @Inject
    NotificationConfig config;

    @ConfigProperty(name = "quarkus.mailer.from")
    String from;

    public OutgoingMail compose(Notification notification, NoticeDelivery delivery, ReplicaUnit unit) {
        Instant deadline = delivery.deadline;
        MailData data = new MailData(notification.kind.name(), delivery.urgency.name(), delivery.number,
                delivery.subject, unit.name(), unit.code(), delivery.role.name(), deadline == null ? null : VietnamTime.spoken(deadline),
                deadline != null && notification.plannedAt.isAfter(deadline), notification.detail,
                config.portal().deliveryLink(delivery.deliveryId));
        return new OutgoingMail(MessageId.of(notification.id, from), render(subject, data).strip(), render(html, data), render(text, data));
    }

    private static String render(Template template, MailData data) {
        TemplateInstance instance = template.data("m", data);
        return instance.render();
    }
}

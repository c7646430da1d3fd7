package vn.gov.directive.notification;

import java.util.List;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import vn.gov.directive.notification.domain.Notification;
import vn.gov.directive.notification.domain.NotificationKind;

/** What the service recorded for a delivery, read in a transaction of its own. */
public final class NotificationRows {

    private NotificationRows() {
    }

    public static List<Notification> of(UUID deliveryId) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>list("deliveryId = ?1",
                Sort.by("dueAt").and("step"), deliveryId));
    }

    public static List<Notification> of(UUID deliveryId, NotificationKind kind) {
        return of(deliveryId).stream().filter(n -> n.kind == kind).toList();
    }
}

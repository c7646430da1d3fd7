package vn.gov.directive.reporting.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.Role;

/** A delivery whose report is owed past its deadline, with the directive it belongs to. */
public record OverdueDelivery(UUID directiveId, String number, String subject, String issuer, UUID deliveryId,
        String unit, String unitName, Role role, DeliveryStatus status, Instant deadline, String overdueFor) {

    /** How long past the deadline, as an ISO-8601 duration (PT26H). */
    public static String since(Instant deadline, Instant now) {
        return Duration.between(deadline, now).withNanos(0).toString();
    }
}

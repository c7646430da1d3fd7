package vn.gov.directive.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every event of the platform: its CloudEvents type, the topic it travels on and the record that
 * carries its payload. The JSON Schema of each lives at {@code schemas/<ceType>.json}.
 */
public enum EventType {
    DIRECTIVE_ISSUED("DirectiveIssued", Topics.DIRECTIVE_EVENTS, DirectiveIssued.class),
    DIRECTIVE_AMENDED("DirectiveAmended", Topics.DIRECTIVE_EVENTS, DirectiveAmended.class),
    DIRECTIVE_RECALLED("DirectiveRecalled", Topics.DIRECTIVE_EVENTS, DirectiveRecalled.class),
    DELIVERY_CREATED("DeliveryCreated", Topics.DELIVERY_EVENTS, DeliveryCreated.class),
    DELIVERY_ACKNOWLEDGED("DeliveryAcknowledged", Topics.DELIVERY_EVENTS, DeliveryTransition.class),
    DELIVERY_RETURNED("DeliveryReturned", Topics.DELIVERY_EVENTS, DeliveryTransition.class),
    REPORT_SUBMITTED("ReportSubmitted", Topics.DELIVERY_EVENTS, DeliveryTransition.class),
    REPORT_ACCEPTED("ReportAccepted", Topics.DELIVERY_EVENTS, DeliveryTransition.class),
    REPORT_REVISION_REQUESTED("ReportRevisionRequested", Topics.DELIVERY_EVENTS, DeliveryTransition.class),
    DEADLINE_EXTENDED("DeadlineExtended", Topics.DELIVERY_EVENTS, DeliveryTransition.class),
    /** What an amendment did to one delivery: its new version and deadline, and DELIVERED again if it had acknowledged. */
    DELIVERY_AMENDED("DeliveryAmended", Topics.DELIVERY_EVENTS, DeliveryTransition.class),
    /** A recall closed this open delivery. */
    DELIVERY_RECALLED("DeliveryRecalled", Topics.DELIVERY_EVENTS, DeliveryTransition.class),
    NOTIFICATION_SENT("NotificationSent", Topics.NOTIFICATION_EVENTS, NotificationOutcome.class),
    NOTIFICATION_FAILED("NotificationFailed", Topics.NOTIFICATION_EVENTS, NotificationOutcome.class),
    UNIT_UPSERTED("UnitUpserted", Topics.DIRECTORY_EVENTS, UnitUpserted.class),
    UNIT_RETIRED("UnitRetired", Topics.DIRECTORY_EVENTS, UnitRetired.class),
    GROUP_UPSERTED("GroupUpserted", Topics.DIRECTORY_EVENTS, GroupUpserted.class);

    private static final String PREFIX = "vn.gov.directive.";
    private static final String VERSION = ".v1";

    private final String simpleName;
    private final String topic;
    private final Class<?> payloadType;

    EventType(String simpleName, String topic, Class<?> payloadType) {
        this.simpleName = simpleName;
        this.topic = topic;
        this.payloadType = payloadType;
    }

    /** The CloudEvents {@code type}, e.g. {@code vn.gov.directive.DirectiveIssued.v1}. */
    public String ceType() {
        return PREFIX + simpleName + VERSION;
    }

    public String simpleName() {
        return simpleName;
    }

    public String topic() {
        return topic;
    }

    public Class<?> payloadType() {
        return payloadType;
    }

    /** Classpath location of this type's JSON Schema. */
    public String schemaResource() {
        return "schemas/" + ceType() + ".json";
    }

    public static Optional<EventType> fromCeType(String ceType) {
        return Arrays.stream(values()).filter(t -> t.ceType().equals(ceType)).findFirst();
    }
}

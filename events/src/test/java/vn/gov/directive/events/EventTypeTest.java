package vn.gov.directive.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventTypeTest {

    @Test
    void the_types_are_exactly_those_of_the_design() {
        assertThat(Arrays.stream(EventType.values()).map(EventType::simpleName)).containsExactlyInAnyOrder(
                "DirectiveIssued", "DirectiveAmended", "DirectiveRecalled", "DeliveryCreated",
                "DeliveryAcknowledged", "DeliveryReturned", "ReportSubmitted", "ReportAccepted",
                "ReportRevisionRequested", "DeadlineExtended", "DeliveryAmended", "DeliveryRecalled", "NotificationSent", "NotificationFailed",
                "UnitUpserted", "UnitRetired", "GroupUpserted");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void the_cloud_events_type_is_the_simple_name_under_the_platform_prefix_at_version_one(EventType type) {
        assertThat(type.ceType())
                .matches("^vn\\.gov\\.directive\\.[A-Z][A-Za-z]+\\.v1$")
                .isEqualTo("vn.gov.directive." + type.simpleName() + ".v1");
        assertThat(type.schemaResource()).isEqualTo("schemas/" + type.ceType() + ".json");
    }

    @Test
    void the_cloud_events_type_names_one_type_only() {
        List<String> ceTypes = Arrays.stream(EventType.values()).map(EventType::ceType).toList();

        assertThat(ceTypes).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void from_ce_type_finds_the_type_again(EventType type) {
        assertThat(EventType.fromCeType(type.ceType())).contains(type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vn.gov.directive.DirectiveIssued.v2", "vn.gov.directive.DirectiveIssued",
            "DirectiveIssued", "vn.gov.directive.directiveissued.v1", "vn.gov.directive.Unknown.v1", ""})
    void from_ce_type_knows_nothing_else(String ceType) {
        assertThat(EventType.fromCeType(ceType)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "DIRECTIVE_ISSUED, directive-events",
            "DIRECTIVE_AMENDED, directive-events",
            "DIRECTIVE_RECALLED, directive-events",
            "DELIVERY_CREATED, delivery-events",
            "DELIVERY_ACKNOWLEDGED, delivery-events",
            "DELIVERY_RETURNED, delivery-events",
            "REPORT_SUBMITTED, delivery-events",
            "REPORT_ACCEPTED, delivery-events",
            "REPORT_REVISION_REQUESTED, delivery-events",
            "DEADLINE_EXTENDED, delivery-events",
            "DELIVERY_AMENDED, delivery-events",
            "DELIVERY_RECALLED, delivery-events",
            "NOTIFICATION_SENT, notification-events",
            "NOTIFICATION_FAILED, notification-events",
            "UNIT_UPSERTED, directory-events",
            "UNIT_RETIRED, directory-events",
            "GROUP_UPSERTED, directory-events"})
    void each_type_travels_on_the_topic_the_design_gives_it(EventType type, String topic) {
        assertThat(type.topic()).isEqualTo(topic);
    }

    @Test
    void every_type_is_given_a_topic_above() {
        // the CsvSource above lists all 17; a new type must be added there too
        assertThat(EventType.values()).hasSize(17);
    }

    @Test
    void topics_and_their_dead_letters_are_named_as_the_design_says() {
        assertThat(Topics.DIRECTORY_EVENTS).isEqualTo("directory-events");
        assertThat(Topics.DIRECTIVE_EVENTS).isEqualTo("directive-events");
        assertThat(Topics.DELIVERY_EVENTS).isEqualTo("delivery-events");
        assertThat(Topics.NOTIFICATION_EVENTS).isEqualTo("notification-events");
        assertThat(Topics.deadLetterTopic(Topics.DELIVERY_EVENTS)).isEqualTo("delivery-events.dlq");
    }

    @ParameterizedTest
    @CsvSource({
            "DIRECTIVE_ISSUED, DirectiveIssued",
            "DIRECTIVE_AMENDED, DirectiveAmended",
            "DIRECTIVE_RECALLED, DirectiveRecalled",
            "DELIVERY_CREATED, DeliveryCreated",
            "DELIVERY_ACKNOWLEDGED, DeliveryTransition",
            "DELIVERY_RETURNED, DeliveryTransition",
            "REPORT_SUBMITTED, DeliveryTransition",
            "REPORT_ACCEPTED, DeliveryTransition",
            "REPORT_REVISION_REQUESTED, DeliveryTransition",
            "DEADLINE_EXTENDED, DeliveryTransition",
            "NOTIFICATION_SENT, NotificationOutcome",
            "NOTIFICATION_FAILED, NotificationOutcome",
            "UNIT_UPSERTED, UnitUpserted",
            "UNIT_RETIRED, UnitRetired",
            "GROUP_UPSERTED, GroupUpserted"})
    void each_type_is_carried_by_its_record(EventType type, String record) {
        assertThat(type.payloadType().getSimpleName()).isEqualTo(record);
        assertThat(type.payloadType().isRecord()).isTrue();
    }
}

package vn.gov.directive.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class EventSchemasTest {

    // ---- helpers

    private static ObjectNode sampleTree(EventType type) {
        return (ObjectNode) EventJson.tree(EventJson.write(SampleEvents.of(type)));
    }

    private static List<String> violations(EventType type, Object payload) {
        return EventSchemas.violations(type, EventJson.write(payload));
    }

    private static JsonNode schemaOf(EventType type) {
        try (InputStream in = EventSchemasTest.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
            assertThat(in).as("schema resource %s", type.schemaResource()).isNotNull();
            return EventJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> requiredFields() {
        List<Arguments> cases = new ArrayList<>();
        for (EventType type : EventType.values()) {
            schemaOf(type).path("required").forEach(f -> cases.add(Arguments.of(type, f.asText())));
        }
        return cases.stream();
    }

    // ---- the schema files

    @ParameterizedTest
    @EnumSource(EventType.class)
    void every_type_has_its_own_schema_file_naming_it(EventType type) {
        JsonNode schema = schemaOf(type);

        assertThat(type.schemaResource()).isEqualTo("schemas/vn.gov.directive." + type.simpleName() + ".v1.json");
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asText()).isEqualTo("urn:vn.gov.directive:schema:" + type.simpleName() + ".v1");
        assertThat(schema.path("title").asText()).contains(type.simpleName());
        assertThat(schema.path("description").asText()).hasSizeGreaterThan(30);
        assertThat(schema.path("type").asText()).isEqualTo("object");
        assertThat(schema.path("additionalProperties").isBoolean()).isTrue();
        assertThat(schema.path("additionalProperties").asBoolean()).isFalse();
        assertThat(schema.path("required").isArray()).isTrue();
        assertThat(schema.path("required")).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void every_schema_property_is_a_component_of_the_payload_record(EventType type) {
        List<String> components = Stream.of(type.payloadType().getRecordComponents()).map(c -> c.getName()).toList();
        List<String> properties = new ArrayList<>();
        schemaOf(type).path("properties").fieldNames().forEachRemaining(properties::add);

        assertThat(components).containsAll(properties);
    }

    // ---- conforming payloads

    @ParameterizedTest
    @EnumSource(EventType.class)
    void the_sample_of_every_type_conforms(EventType type) {
        Object sample = SampleEvents.of(type);

        assertThat(sample).isInstanceOf(type.payloadType());
        assertThat(violations(type, sample)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void the_sample_of_every_type_reads_back_equal(EventType type) {
        Object sample = SampleEvents.of(type);

        assertThat(EventJson.read(EventJson.write(sample), type.payloadType())).isEqualTo(sample);
    }

    @Test
    void a_directive_without_deadline_policy_tasks_or_issuer_name_conforms() {
        DirectiveIssued minimal = SampleEvents.minimalDirectiveIssued();
        String json = EventJson.write(minimal);

        assertThat(json).doesNotContain("deadline", "reminderPolicy", "tasks", "issuerName");
        assertThat(EventSchemas.violations(EventType.DIRECTIVE_ISSUED, json)).isEmpty();
    }

    @Test
    void instants_and_durations_are_written_as_the_schemas_expect() {
        DirectiveIssued issued = SampleEvents.directiveIssued();
        JsonNode tree = EventJson.tree(EventJson.write(issued));

        assertThat(tree.path("issuedAt").asText()).isEqualTo("2026-12-01T02:30:00Z");
        assertThat(tree.path("deadline").asText()).isEqualTo("2026-12-15T10:00:00Z");
        assertThat(tree.path("reminderPolicy").path("before").get(1).asText()).isEqualTo("PT24H");
        assertThat(tree.path("recipients")).hasSize(38);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-15T10:00:00Z", "2026-12-15T10:00:00.1Z", "2026-12-15T10:00:00.123Z",
            "2026-12-15T10:00:00.123456Z", "2026-12-15T10:00:00.123456789Z"})
    void instants_with_or_without_fractional_seconds_conform(String instant) {
        ObjectNode issued = sampleTree(EventType.DIRECTIVE_ISSUED);
        issued.put("deadline", instant);
        issued.put("issuedAt", instant);

        assertThat(EventSchemas.violations(EventType.DIRECTIVE_ISSUED, issued)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT24H", "P1D", "P3D", "PT5M", "PT1H30M", "PT30S", "PT0.5S", "P2DT12H"})
    void iso_durations_conform_in_the_reminder_policy(String duration) {
        DirectiveIssued issued = SampleEvents.directiveIssued();
        ObjectNode tree = (ObjectNode) EventJson.tree(EventJson.write(issued));
        ObjectNode policy = (ObjectNode) tree.path("reminderPolicy");
        policy.putArray("before").add(duration);
        policy.put("overdueEvery", duration);

        assertThat(EventSchemas.violations(EventType.DIRECTIVE_ISSUED, tree)).isEmpty();
    }

    @Test
    void durations_jackson_writes_conform() {
        ReminderPolicy policy = new ReminderPolicy(List.of(Duration.ofDays(7), Duration.ofHours(4),
                Duration.ofMinutes(5), Duration.ofMillis(1500)), Duration.ofMinutes(90), 0, false);
        DirectiveIssued sample = SampleEvents.directiveIssued();
        DirectiveIssued issued = new DirectiveIssued(sample.directiveId(), 1, sample.issuer(), null, sample.number(),
                sample.documentType(), sample.subject(), Urgency.VERY_URGENT, sample.issuedAt(), sample.deadline(),
                policy, null, null, sample.recipients());

        assertThat(violations(EventType.DIRECTIVE_ISSUED, issued)).isEmpty();
    }

    @Test
    void every_unit_and_group_of_the_seed_directory_is_a_valid_code() {
        for (String code : SampleEvents.SEED_UNIT_CODES) {
            UnitUpserted unit = new UnitUpserted(code, "Đơn vị " + code, "PROVINCIAL_AGENCY",
                    code.toLowerCase() + "@quangninh.example", List.of("PROVINCIAL_AGENCIES", "DISTRICT_PCS"),
                    LocalDate.parse("2024-01-01"), null, null);
            assertThat(violations(EventType.UNIT_UPSERTED, unit)).as(code).isEmpty();
        }
        for (String code : SampleEvents.SEED_GROUP_CODES) {
            assertThat(violations(EventType.GROUP_UPSERTED, new GroupUpserted(code, "Nhóm " + code))).as(code)
                    .isEmpty();
        }
    }

    @Test
    void a_unit_without_email_or_groups_conforms() {
        UnitUpserted unit = new UnitUpserted("TTTT-TINH", "Trung tâm Truyền thông tỉnh", "MEDIA_CENTER", null,
                List.of(), null, null, null);

        assertThat(EventJson.write(unit)).contains("\"groups\":[]").doesNotContain("email");
        assertThat(violations(EventType.UNIT_UPSERTED, unit)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(DeliveryStatus.class)
    void a_deadline_extension_keeps_whatever_state_the_delivery_is_in(DeliveryStatus status) {
        DeliveryTransition extended = SampleEvents.transition(status, status, "Gia hạn theo đề nghị của đơn vị.",
                null, null, Instant.parse("2026-12-22T10:00:00Z"));

        assertThat(violations(EventType.DEADLINE_EXTENDED, extended)).isEmpty();
    }

    @Test
    void a_report_may_have_no_structured_fields_and_null_values() {
        Map<String, Object> fields = new java.util.HashMap<>();
        fields.put("note", null);
        DeliveryTransition withNull = SampleEvents.transition(DeliveryStatus.ACKNOWLEDGED, DeliveryStatus.REPORTED,
                null, "Đã triển khai.", fields, null);
        DeliveryTransition withoutFields = SampleEvents.transition(DeliveryStatus.REVISION_REQUESTED,
                DeliveryStatus.REPORTED, null, "Đã bổ sung số liệu.", null, null);

        assertThat(violations(EventType.REPORT_SUBMITTED, withNull)).isEmpty();
        assertThat(violations(EventType.REPORT_SUBMITTED, withoutFields)).isEmpty();
    }

    // ---- payloads the contract refuses

    @ParameterizedTest
    @MethodSource("requiredFields")
    void a_payload_missing_a_required_field_is_refused(EventType type, String field) {
        ObjectNode payload = sampleTree(type);
        assertThat(payload.has(field)).as("the sample of %s has %s", type, field).isTrue();
        payload.remove(field);

        assertThat(EventSchemas.violations(type, payload)).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void an_unknown_top_level_property_is_refused(EventType type) {
        ObjectNode payload = sampleTree(type);
        payload.put("confidentiality", "MAT");

        assertThat(EventSchemas.violations(type, payload)).isNotEmpty();
    }

    @Test
    void the_required_fields_of_directive_issued_are_those_of_the_design() {
        List<String> required = new ArrayList<>();
        schemaOf(EventType.DIRECTIVE_ISSUED).path("required").forEach(f -> required.add(f.asText()));

        assertThat(required).containsExactlyInAnyOrder("directiveId", "version", "issuer", "number",
                "documentType", "subject", "urgency", "issuedAt", "recipients");
    }

    @Test
    void a_wrong_urgency_is_refused() {
        ObjectNode payload = sampleTree(EventType.DIRECTIVE_ISSUED);
        payload.put("urgency", "KHAN");

        assertThat(EventSchemas.violations(EventType.DIRECTIVE_ISSUED, payload)).isNotEmpty();
    }

    @Test
    void a_wrong_recipient_role_is_refused() {
        ObjectNode payload = sampleTree(EventType.DIRECTIVE_ISSUED);
        ((ObjectNode) payload.path("recipients").get(0)).put("role", "OWNER");

        assertThat(EventSchemas.violations(EventType.DIRECTIVE_ISSUED, payload)).isNotEmpty();
    }

    // ---- the per-delivery sequence (order-aware consumers)

    @ParameterizedTest
    @EnumSource(value = EventType.class, names = {"DELIVERY_CREATED", "DELIVERY_ACKNOWLEDGED", "DELIVERY_RETURNED",
            "REPORT_SUBMITTED", "REPORT_ACCEPTED", "REPORT_REVISION_REQUESTED", "DEADLINE_EXTENDED", "DELIVERY_AMENDED",
            "DELIVERY_RECALLED"})
    void every_delivery_event_requires_a_positive_sequence(EventType type) {
        List<String> required = new ArrayList<>();
        schemaOf(type).path("required").forEach(f -> required.add(f.asText()));
        ObjectNode zero = sampleTree(type);
        zero.put("sequence", 0);

        assertThat(required).contains("sequence");
        assertThat(EventSchemas.violations(type, zero)).isNotEmpty();
    }

    @Test
    void a_delivery_is_created_with_sequence_one_only() {
        ObjectNode later = sampleTree(EventType.DELIVERY_CREATED);
        later.put("sequence", 2);

        assertThat(EventSchemas.violations(EventType.DELIVERY_CREATED, later)).isNotEmpty();
    }

    @Test
    void an_amendment_never_leaves_a_delivery_acknowledged_and_a_recall_closes_only_open_ones() {
        ObjectNode acknowledged = sampleTree(EventType.DELIVERY_AMENDED);
        acknowledged.put("to", "ACKNOWLEDGED");
        ObjectNode closed = sampleTree(EventType.DELIVERY_RECALLED);
        closed.put("from", "COMPLETED");

        assertThat(EventSchemas.violations(EventType.DELIVERY_AMENDED, acknowledged)).isNotEmpty();
        assertThat(EventSchemas.violations(EventType.DELIVERY_RECALLED, closed)).isNotEmpty();
    }

    @Test
    void a_transition_is_newer_only_with_a_higher_sequence() {
        DeliveryTransition second = SampleEvents.transition(DeliveryStatus.DELIVERED, DeliveryStatus.ACKNOWLEDGED, null,
                null, null, null);

        assertThat(second.sequence()).isEqualTo(2);
        assertThat(second.isNewerThan(0)).isTrue();
        assertThat(second.isNewerThan(1)).isTrue();
        assertThat(second.isNewerThan(2)).isFalse();
        assertThat(second.isNewerThan(3)).isFalse();
    }

    @Test
    void a_wrong_delivery_status_is_refused() {
        ObjectNode payload = sampleTree(EventType.DELIVERY_CREATED);
        payload.put("status", "SEEN");

        assertThat(EventSchemas.violations(EventType.DELIVERY_CREATED, payload)).isNotEmpty();
    }

    @Test
    void a_wrong_notification_kind_is_refused() {
        ObjectNode payload = sampleTree(EventType.NOTIFICATION_SENT);
        payload.put("kind", "SPAM");

        assertThat(EventSchemas.violations(EventType.NOTIFICATION_SENT, payload)).isNotEmpty();
    }

    @Test
    void a_wrong_report_field_type_is_refused() {
        ObjectNode payload = sampleTree(EventType.DIRECTIVE_ISSUED);
        ((ObjectNode) payload.path("tasks").get(1).path("reportFields").get(0)).put("type", "MONEY");

        assertThat(EventSchemas.violations(EventType.DIRECTIVE_ISSUED, payload)).isNotEmpty();
    }

    static Stream<Arguments> transitionsToAWrongState() {
        return Stream.of(
                Arguments.of(EventType.DELIVERY_ACKNOWLEDGED, DeliveryStatus.IN_PROGRESS),
                Arguments.of(EventType.DELIVERY_RETURNED, DeliveryStatus.ACKNOWLEDGED),
                Arguments.of(EventType.REPORT_SUBMITTED, DeliveryStatus.COMPLETED),
                Arguments.of(EventType.REPORT_ACCEPTED, DeliveryStatus.REPORTED),
                Arguments.of(EventType.REPORT_REVISION_REQUESTED, DeliveryStatus.RETURNED));
    }

    @ParameterizedTest
    @MethodSource("transitionsToAWrongState")
    void a_transition_to_another_state_than_its_type_names_is_refused(EventType type, DeliveryStatus to) {
        ObjectNode payload = sampleTree(type);
        payload.put("to", to.name());

        assertThat(EventSchemas.violations(type, payload)).isNotEmpty();
    }

    @Test
    void a_transition_state_outside_the_delivery_states_is_refused() {
        ObjectNode payload = sampleTree(EventType.DEADLINE_EXTENDED);
        payload.put("to", "OVERDUE");

        assertThat(EventSchemas.violations(EventType.DEADLINE_EXTENDED, payload)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "0f8e4c3a-5b2d-4e7f-9a1c-2d3e4f5a6b7", "0f8e4c3a5b2d4e7f9a1c2d3e4f5a6b7c",
            "{0f8e4c3a-5b2d-4e7f-9a1c-2d3e4f5a6b7c}", "0f8e4c3a-5b2d-4e7f-9a1c-2d3e4f5a6b7g", ""})
    void a_malformed_uuid_is_refused(String uuid) {
        ObjectNode issued = sampleTree(EventType.DIRECTIVE_ISSUED);
        issued.put("directiveId", uuid);
        ObjectNode ack = sampleTree(EventType.DELIVERY_ACKNOWLEDGED);
        ack.put("deliveryId", uuid);

        assertThat(EventSchemas.violations(EventType.DIRECTIVE_ISSUED, issued)).isNotEmpty();
        assertThat(EventSchemas.violations(EventType.DELIVERY_ACKNOWLEDGED, ack)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"15/12/2026", "2026-12-15", "2026-12-15 10:00:00Z", "2026-12-15T10:00Z",
            "2026-12-15T17:00:00+07:00", "2026-12-15T10:00:00", "2026-13-15T10:00:00Z", "2026-12-15T24:00:00Z",
            "1797328800", "hạn chót 15/12"})
    void a_deadline_that_is_not_an_iso_utc_instant_is_refused(String deadline) {
        ObjectNode issued = sampleTree(EventType.DIRECTIVE_ISSUED);
        issued.put("deadline", deadline);
        ObjectNode extended = sampleTree(EventType.DEADLINE_EXTENDED);
        extended.put("deadline", deadline);

        assertThat(EventSchemas.violations(EventType.DIRECTIVE_ISSUED, issued)).isNotEmpty();
        assertThat(EventSchemas.violations(EventType.DEADLINE_EXTENDED, extended)).isNotEmpty();
    }

    @Test
    void a_deadline_as_epoch_number_is_refused() {
        ObjectNode issued = sampleTree(EventType.DIRECTIVE_ISSUED);
        issued.put("deadline", 1797328800L);

        assertThat(EventSchemas.violations(EventType.DIRECTIVE_ISSUED, issued)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"24h", "1 ngày", "P", "PT", "P1DT", "-PT24H", "PT-5M", "P1W", "P1M", "86400"})
    void a_reminder_delay_that_is_not_an_iso_duration_is_refused(String duration) {
        ObjectNode before = sampleTree(EventType.DIRECTIVE_ISSUED);
        ((ArrayNode) before.path("reminderPolicy").path("before")).add(duration);
        ObjectNode overdue = sampleTree(EventType.DIRECTIVE_ISSUED);
        ((ObjectNode) overdue.path("reminderPolicy")).put("overdueEvery", duration);

        assertThat(EventSchemas.violations(EventType.DIRECTIVE_ISSUED, before)).isNotEmpty();
        assertThat(EventSchemas.violations(EventType.DIRECTIVE_ISSUED, overdue)).isNotEmpty();
    }

    @Test
    void a_delivery_returned_without_reason_is_refused() {
        DeliveryTransition noReason = SampleEvents.transition(DeliveryStatus.DELIVERED, DeliveryStatus.RETURNED,
                null, null, null, null);
        DeliveryTransition blankReason = SampleEvents.transition(DeliveryStatus.DELIVERED, DeliveryStatus.RETURNED,
                "", null, null, null);

        assertThat(violations(EventType.DELIVERY_RETURNED, noReason)).isNotEmpty();
        assertThat(violations(EventType.DELIVERY_RETURNED, blankReason)).isNotEmpty();
    }

    @Test
    void a_revision_request_without_reason_and_a_report_without_summary_are_refused() {
        DeliveryTransition revision = SampleEvents.transition(DeliveryStatus.REPORTED,
                DeliveryStatus.REVISION_REQUESTED, null, null, null, null);
        DeliveryTransition report = SampleEvents.transition(DeliveryStatus.ACKNOWLEDGED, DeliveryStatus.REPORTED,
                null, null, SampleEvents.reportValues(), null);

        assertThat(violations(EventType.REPORT_REVISION_REQUESTED, revision)).isNotEmpty();
        assertThat(violations(EventType.REPORT_SUBMITTED, report)).isNotEmpty();
    }

    @Test
    void a_deadline_extension_without_new_deadline_or_reason_is_refused() {
        Instant newDeadline = Instant.parse("2026-12-22T10:00:00Z");
        DeliveryTransition noDeadline = SampleEvents.transition(DeliveryStatus.ACKNOWLEDGED,
                DeliveryStatus.ACKNOWLEDGED, "Gia hạn.", null, null, null);
        DeliveryTransition noReason = SampleEvents.transition(DeliveryStatus.ACKNOWLEDGED,
                DeliveryStatus.ACKNOWLEDGED, null, null, null, newDeadline);

        assertThat(violations(EventType.DEADLINE_EXTENDED, noDeadline)).isNotEmpty();
        assertThat(violations(EventType.DEADLINE_EXTENDED, noReason)).isNotEmpty();
    }

    @Test
    void an_acknowledgment_carrying_report_fields_is_refused() {
        DeliveryTransition ack = SampleEvents.transition(DeliveryStatus.DELIVERED, DeliveryStatus.ACKNOWLEDGED,
                null, "Đã nhận.", SampleEvents.reportValues(), null);

        assertThat(violations(EventType.DELIVERY_ACKNOWLEDGED, ack)).isNotEmpty();
    }

    @Test
    void report_values_must_be_scalars() {
        ObjectNode payload = sampleTree(EventType.REPORT_SUBMITTED);
        ((ObjectNode) payload.path("fields")).putObject("sessions").put("value", 42);

        assertThat(EventSchemas.violations(EventType.REPORT_SUBMITTED, payload)).isNotEmpty();
    }

    @Test
    void a_failed_notification_without_error_and_a_sent_one_without_recipient_are_refused() {
        ObjectNode failed = sampleTree(EventType.NOTIFICATION_FAILED);
        failed.remove("error");
        ObjectNode sent = sampleTree(EventType.NOTIFICATION_SENT);
        sent.remove("recipient");

        assertThat(EventSchemas.violations(EventType.NOTIFICATION_FAILED, failed)).isNotEmpty();
        assertThat(EventSchemas.violations(EventType.NOTIFICATION_SENT, sent)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ubnd-halong", "UBND HALONG", "-UBND", "UBND.HALONG", "Sở TT&TT", ""})
    void a_unit_code_outside_the_code_alphabet_is_refused(String code) {
        ObjectNode unit = sampleTree(EventType.UNIT_UPSERTED);
        unit.put("code", code);
        ObjectNode issued = sampleTree(EventType.DIRECTIVE_ISSUED);
        ((ObjectNode) issued.path("recipients").get(0)).put("unit", code);

        assertThat(EventSchemas.violations(EventType.UNIT_UPSERTED, unit)).isNotEmpty();
        assertThat(EventSchemas.violations(EventType.DIRECTIVE_ISSUED, issued)).isNotEmpty();
    }

    @Test
    void a_directive_without_recipients_or_with_an_incomplete_recipient_is_refused() {
        ObjectNode empty = sampleTree(EventType.DIRECTIVE_ISSUED);
        empty.putArray("recipients");
        ObjectNode noRole = sampleTree(EventType.DIRECTIVE_ISSUED);
        ((ObjectNode) noRole.path("recipients").get(0)).remove("role");

        assertThat(EventSchemas.violations(EventType.DIRECTIVE_ISSUED, empty)).isNotEmpty();
        assertThat(EventSchemas.violations(EventType.DIRECTIVE_ISSUED, noRole)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void a_version_below_one_is_refused(int version) {
        ObjectNode payload = sampleTree(EventType.DIRECTIVE_ISSUED);
        payload.put("version", version);

        assertThat(EventSchemas.violations(EventType.DIRECTIVE_ISSUED, payload)).isNotEmpty();
    }

    @Test
    void an_amendment_is_version_two_or_later() {
        ObjectNode payload = sampleTree(EventType.DIRECTIVE_AMENDED);
        payload.put("version", 1);

        assertThat(EventSchemas.violations(EventType.DIRECTIVE_AMENDED, payload)).isNotEmpty();
    }

    @Test
    void an_overlong_subject_or_reason_is_refused() {
        ObjectNode issued = sampleTree(EventType.DIRECTIVE_ISSUED);
        issued.put("subject", "V/v " + "tuyên truyền ".repeat(100));
        ObjectNode returned = sampleTree(EventType.DELIVERY_RETURNED);
        returned.put("reason", "x".repeat(2001));

        assertThat(EventSchemas.violations(EventType.DIRECTIVE_ISSUED, issued)).isNotEmpty();
        assertThat(EventSchemas.violations(EventType.DELIVERY_RETURNED, returned)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"stttt@quangninh.example", "van-thu.stttt@quangninh.gov.vn", "stttt@localhost"})
    void a_unit_email_the_directory_accepts_conforms(String email) {
        ObjectNode unit = sampleTree(EventType.UNIT_UPSERTED);
        unit.put("email", email);

        assertThat(EventSchemas.violations(EventType.UNIT_UPSERTED, unit)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"stttt", "stttt@", "@quangninh.example", "stttt quangninh.example",
            "stttt@quang ninh.example", "a@b@c"})
    void a_malformed_unit_email_is_refused(String email) {
        ObjectNode unit = sampleTree(EventType.UNIT_UPSERTED);
        unit.put("email", email);

        assertThat(EventSchemas.violations(EventType.UNIT_UPSERTED, unit)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"30/06/2024", "2024-6-30", "2024-06-30T00:00:00Z", "2024-02-30x"})
    void a_retirement_date_that_is_not_a_local_date_is_refused(String date) {
        ObjectNode retired = sampleTree(EventType.UNIT_RETIRED);
        retired.put("validTo", date);

        assertThat(EventSchemas.violations(EventType.UNIT_RETIRED, retired)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "kind", "groups", "validTo"})
    void a_retirement_carries_the_units_whole_state(String field) {
        ObjectNode retired = sampleTree(EventType.UNIT_RETIRED);
        retired.remove(field);

        assertThat(EventSchemas.violations(EventType.UNIT_RETIRED, retired)).isNotEmpty();
    }

    @Test
    void a_unit_group_list_must_hold_codes() {
        ObjectNode unit = sampleTree(EventType.UNIT_UPSERTED);
        unit.putArray("groups").add("Các sở, ban, ngành trong tỉnh");

        assertThat(EventSchemas.violations(EventType.UNIT_UPSERTED, unit)).isNotEmpty();
    }
}

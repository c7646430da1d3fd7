package vn.gov.directive.events;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One realistic payload per event type, built from the Java records the services use, on the
 * seed directive (công văn of Sở TT&TT Quảng Ninh, 04/2024) and the seed directory of Quảng Ninh.
 */
final class SampleEvents {

    static final UUID DIRECTIVE_ID = UUID.fromString("0f8e4c3a-5b2d-4e7f-9a1c-2d3e4f5a6b7c");
    static final UUID DELIVERY_ID = UUID.fromString("7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    static final UUID NOTIFICATION_ID = UUID.fromString("c3b2a190-8f7e-4d6c-b5a4-f3e2d1c0b9a8");

    static final String NUMBER = "12/STTTT-TTBCXB";
    static final String SUBJECT = "V/v tăng cường tuyên truyền phòng ngừa tội phạm sử dụng công nghệ cao"
            + " để lừa đảo chiếm đoạt tài sản";
    static final Instant ISSUED_AT = Instant.parse("2026-12-01T02:30:00Z");
    static final Instant DEADLINE = Instant.parse("2026-12-15T10:00:00Z");

    /** Every group code of seed/units-quang-ninh-2024.json. */
    static final List<String> SEED_GROUP_CODES = List.of("PROVINCIAL_AGENCIES", "DISTRICT_PCS");

    /** Every unit code of seed/units-quang-ninh-2024.json. */
    static final List<String> SEED_UNIT_CODES = List.of("VP-UBND", "SNV", "STP", "SKHDT", "STC", "SCT",
            "SNNPTNT", "SGTVT", "SXD", "STNMT", "STTTT", "SLDTBXH", "SVHTT", "SDL", "SKHCN", "SGDDT", "SYT",
            "TTR", "SNGV", "BDT", "BQLKKT", "UBND-HALONG", "UBND-CAMPHA", "UBND-UONGBI", "UBND-MONGCAI",
            "UBND-DONGTRIEU", "UBND-QUANGYEN", "UBND-VANDON", "UBND-TIENYEN", "UBND-DAMHA", "UBND-HAIHA",
            "UBND-BINHLIEU", "UBND-BACHE", "UBND-COTO", "TTTT-TINH", "UBND-TINH", "BTG-TU", "DUK-CQT",
            "CA-TINH");

    private SampleEvents() {
    }

    /** The realistic sample of this type: an instance of {@link EventType#payloadType()}. */
    static Object of(EventType type) {
        return switch (type) {
            case DIRECTIVE_ISSUED -> directiveIssued();
            case DIRECTIVE_AMENDED -> new DirectiveAmended(DIRECTIVE_ID, 2, NUMBER, SUBJECT,
                    Instant.parse("2026-12-22T10:00:00Z"),
                    "Gia hạn thời hạn báo cáo đến ngày 22/12/2026; bổ sung chỉ tiêu số người được tiếp cận.",
                    Instant.parse("2026-12-05T03:15:42.123456Z"), "stttt", document(), List.of());
            case DIRECTIVE_RECALLED -> new DirectiveRecalled(DIRECTIVE_ID, 2, NUMBER,
                    "Thu hồi do ban hành nhầm đối tượng nhận; sẽ ban hành văn bản thay thế.",
                    Instant.parse("2026-12-06T08:00:00Z"), "stttt");
            case DELIVERY_CREATED -> new DeliveryCreated(DELIVERY_ID, DIRECTIVE_ID, 1, "UBND-HALONG", Role.ACTION,
                    DeliveryStatus.DELIVERED, DEADLINE, NUMBER, SUBJECT, Urgency.NORMAL,
                    Instant.parse("2026-12-01T02:30:01.5Z"), DeliveryCreated.FIRST_SEQUENCE);
            case DELIVERY_ACKNOWLEDGED -> transition(DeliveryStatus.DELIVERED, DeliveryStatus.ACKNOWLEDGED,
                    null, null, null, null);
            case DELIVERY_RETURNED -> transition(DeliveryStatus.DELIVERED, DeliveryStatus.RETURNED,
                    "Văn bản không thuộc thẩm quyền giải quyết của đơn vị; đề nghị chuyển Công an tỉnh.",
                    null, null, null);
            case REPORT_SUBMITTED -> transition(DeliveryStatus.ACKNOWLEDGED, DeliveryStatus.REPORTED, null,
                    "UBND thành phố Hạ Long đã chỉ đạo tuyên truyền trên hệ thống thông tin cơ sở tại 33 phường, xã.",
                    reportValues(), null);
            case REPORT_ACCEPTED -> transition(DeliveryStatus.REPORTED, DeliveryStatus.COMPLETED, null, null,
                    null, null);
            case REPORT_REVISION_REQUESTED -> transition(DeliveryStatus.REPORTED,
                    DeliveryStatus.REVISION_REQUESTED,
                    "Đề nghị bổ sung số liệu số người được tiếp cận theo từng phường, xã.", null, null, null);
            case DEADLINE_EXTENDED -> transition(DeliveryStatus.ACKNOWLEDGED, DeliveryStatus.ACKNOWLEDGED,
                    "Đơn vị đề nghị gia hạn do trùng đợt cao điểm tuyên truyền cuối năm.", null, null,
                    Instant.parse("2026-12-22T10:00:00Z"));
            case DELIVERY_AMENDED -> new DeliveryTransition(DELIVERY_ID, DIRECTIVE_ID, 2, "UBND-HALONG",
                    DeliveryStatus.ACKNOWLEDGED, DeliveryStatus.DELIVERED, "stttt", Instant.parse("2026-12-05T03:15:42.123456Z"),
                    null, null, null, Instant.parse("2026-12-22T10:00:00Z"), 3);
            case DELIVERY_RECALLED -> new DeliveryTransition(DELIVERY_ID, DIRECTIVE_ID, 2, "UBND-HALONG",
                    DeliveryStatus.DELIVERED, DeliveryStatus.RECALLED, "stttt", Instant.parse("2026-12-06T08:00:00Z"),
                    null, null, null, null, 4);
            case NOTIFICATION_SENT -> new NotificationOutcome(NOTIFICATION_ID, DELIVERY_ID, DIRECTIVE_ID,
                    "UBND-HALONG", "REMINDER", "ubnd-halong@quangninh.example", 1,
                    Instant.parse("2026-12-12T01:00:00Z"), null);
            case NOTIFICATION_FAILED -> new NotificationOutcome(NOTIFICATION_ID, DELIVERY_ID, DIRECTIVE_ID,
                    "UBND-HALONG", "NOTICE", "ubnd-halong@quangninh.example", 5,
                    Instant.parse("2026-12-01T03:10:00Z"),
                    "421 4.7.0 Try again later: máy chủ thư tạm thời không nhận thư");
            case UNIT_UPSERTED -> new UnitUpserted("STTTT", "Sở Thông tin và Truyền thông", "PROVINCIAL_AGENCY",
                    "stttt@quangninh.example", List.of("PROVINCIAL_AGENCIES"), LocalDate.parse("2024-01-01"),
                    LocalDate.parse("2025-06-30"), null);
            case UNIT_RETIRED -> new UnitRetired("UBND-HOANHBO", "Ủy ban nhân dân huyện Hoành Bồ", "DISTRICT_PC",
                    "ubnd-hoanhbo@quangninh.gov.vn", List.of("DISTRICT_PCS"), LocalDate.parse("2000-01-01"),
                    LocalDate.parse("2024-06-30"), "UBND-HALONG");
            case GROUP_UPSERTED -> new GroupUpserted("DISTRICT_PCS", "UBND các huyện, thị xã, thành phố");
        };
    }

    /** The seed directive as issued: 38 deliveries, 34 ACTION, 3 FOR_REPORT, 1 COORDINATE. */
    static DirectiveIssued directiveIssued() {
        List<String> action = SEED_UNIT_CODES.stream()
                .filter(c -> !List.of("STTTT", "UBND-TINH", "BTG-TU", "DUK-CQT", "CA-TINH").contains(c))
                .toList();
        List<Recipient> recipients = new java.util.ArrayList<>();
        action.forEach(u -> recipients.add(new Recipient(u, Role.ACTION)));
        List.of("UBND-TINH", "BTG-TU", "DUK-CQT").forEach(u -> recipients.add(new Recipient(u, Role.FOR_REPORT)));
        recipients.add(new Recipient("CA-TINH", Role.COORDINATE));
        ReminderPolicy policy = new ReminderPolicy(List.of(Duration.ofDays(3), Duration.ofDays(1)),
                Duration.ofDays(2), 3, true);
        List<TaskSummary> tasks = List.of(
                new TaskSummary("T1", "Tuyên truyền rộng rãi đến cán bộ, công chức, viên chức về phương thức, thủ"
                        + " đoạn lừa đảo trên không gian mạng", List.of("PROVINCIAL_AGENCIES"), null, List.of()),
                new TaskSummary("T2", "Ưu tiên thời lượng, dung lượng đăng tin, bài tuyên truyền về thủ đoạn tội"
                        + " phạm trên không gian mạng", List.of("TTTT-TINH"), Instant.parse("2026-12-10T10:00:00Z"),
                        List.of(new ReportField("articles", "Số tin, bài đã đăng", "INTEGER", true))),
                new TaskSummary("T3", "Chỉ đạo tuyên truyền trên hệ thống thông tin cơ sở, đa dạng hóa hình thức theo"
                        + " từng nhóm đối tượng", List.of("DISTRICT_PCS"), null,
                        List.of(new ReportField("sessions", "Số buổi/lượt tuyên truyền", "NUMBER", true),
                                new ReportField("people_reached", "Số người được tiếp cận", "NUMBER", false),
                                new ReportField("note", "Ghi chú", "TEXT", false),
                                new ReportField("done_on", "Ngày hoàn thành", "DATE", false),
                                new ReportField("online", "Có tuyên truyền trực tuyến", "BOOLEAN", false))));
        return new DirectiveIssued(DIRECTIVE_ID, 1, "STTTT", "Sở Thông tin và Truyền thông", NUMBER, "CONG_VAN",
                SUBJECT, Urgency.NORMAL, ISSUED_AT, DEADLINE, policy, document(), tasks, List.copyOf(recipients));
    }

    /** The least a DirectiveIssued carries: no deadline, reminder policy, tasks nor issuer name. */
    static DirectiveIssued minimalDirectiveIssued() {
        return new DirectiveIssued(DIRECTIVE_ID, 1, "STTTT", null, NUMBER, "CONG_VAN", SUBJECT, Urgency.FLASH,
                ISSUED_AT, null, null, null, null, List.of(new Recipient("UBND-HALONG", Role.ACTION)));
    }

    static DirectiveDocument document() {
        return new DirectiveDocument("Quảng Ninh", "Thời gian gần đây, tình hình tội phạm lừa đảo chiếm đoạt tài sản trên không gian mạng diễn biến phức tạp.",
                "Nguyễn Thanh Trà", "Giám đốc", null, "TTBCXB", List.of("1953/VP.UBND-VHXH ngày 08/4/2024 của UBND tỉnh"),
                List.of("VT", "TTBCXB"));
    }

    static Map<String, Object> reportValues() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("sessions", 42);
        fields.put("people_reached", 15250);
        fields.put("note", "Phối hợp với Đài Truyền thanh các phường, xã");
        fields.put("done_on", "2026-12-10");
        fields.put("online", true);
        fields.put("ratio", 0.85);
        return fields;
    }

    static DeliveryTransition transition(DeliveryStatus from, DeliveryStatus to, String reason, String summary,
            Map<String, Object> fields, Instant deadline) {
        return new DeliveryTransition(DELIVERY_ID, DIRECTIVE_ID, 1, "UBND-HALONG", from, to, "ubnd-halong",
                Instant.parse("2026-12-03T04:20:11.250Z"), reason, summary, fields, deadline, 2);
    }
}

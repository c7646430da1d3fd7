package vn.gov.directive.reporting.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.gov.directive.reporting.domain.Compliance;
import vn.gov.directive.web.Labels;
import vn.gov.directive.web.LabelsBundle;

/**
 * A directive's compliance laid out once for every export format: Vietnamese headings, one row
 * per delivery (times in the configured zone, Vietnam's), a totals row with the summed report
 * fields, and the counts. A cell is a String or, for report field values, a BigDecimal.
 */
public record ComplianceTable(String title, String number, String subject, String asOf, List<String> headings,
        List<List<Object>> rows, List<Object> totals, Map<String, Integer> counts) {

    public static final String TITLE = "BÁO CÁO TỔNG HỢP";
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    public static ComplianceTable of(Compliance compliance, ZoneId zone) {
        List<String> fieldKeys = new ArrayList<>(compliance.fields().keySet());
        List<String> headings = new ArrayList<>(List.of("STT", "Mã đơn vị", "Tên đơn vị", "Vai trò", "Trạng thái",
                "Hạn báo cáo", "Tiếp nhận lúc", "Báo cáo lúc", "Quá hạn"));
        headings.addAll(fieldKeys);
        Labels labels = LabelsBundle.get();
        List<List<Object>> rows = new ArrayList<>();
        int index = 1;
        for (Compliance.UnitRow unit : compliance.units()) {
            List<Object> row = new ArrayList<>(List.of(String.valueOf(index++), unit.unit(), text(unit.unitName()),
                    unit.role() == null ? "" : labels.role(unit.role()),
                    unit.status() == null ? "" : labels.deliveryStatus(unit.status()), time(unit.deadline(), zone),
                    time(unit.acknowledgedAt(), zone), time(unit.reportedAt(), zone), unit.overdue() ? "Quá hạn" : ""));
            for (String key : fieldKeys) {
                Object value = unit.reportFields().get(key);
                row.add(value instanceof Number n ? new BigDecimal(n.toString()) : "");
            }
            rows.add(row);
        }
        List<Object> totals = new ArrayList<>();
        totals.add("");
        totals.add("Tổng cộng");
        for (int i = 2; i < 9; i++) {
            totals.add("");
        }
        fieldKeys.forEach(key -> totals.add(compliance.fields().get(key)));
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("Số đơn vị nhận", compliance.recipients());
        counts.put("Đã đến đơn vị", compliance.delivered());
        counts.put("Đã tiếp nhận", compliance.acknowledged());
        counts.put("Đã báo cáo", compliance.reported());
        counts.put("Hoàn thành", compliance.completed());
        counts.put("Trả lại", compliance.returned());
        counts.put("Quá hạn", compliance.overdue());
        return new ComplianceTable(TITLE, text(compliance.number()), text(compliance.subject()),
                time(compliance.asOf(), zone), headings, rows, totals, counts);
    }

    public String asOfLine() {
        return "Tình hình đến " + asOf;
    }

    /** As every export and page shows a time: 14:30 05/03/2026, in {@code zone}. */
    public static String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}

package vn.gov.directive.directive.web;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.gov.directive.web.FormErrors;

/** What the summary of errors calls each field of the form. */
final class FieldLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("documentType", "Loại văn bản"),
            Map.entry("symbol", "Ký hiệu"),
            Map.entry("subject", "Trích yếu"),
            Map.entry("urgency", "Độ khẩn"),
            Map.entry("place", "Nơi ban hành"),
            Map.entry("signerAuthority", "Thẩm quyền ký"),
            Map.entry("signerName", "Người ký"),
            Map.entry("signerTitle", "Chức vụ người ký"),
            Map.entry("deadline", "Hạn báo cáo"),
            Map.entry("body", "Nội dung"),
            Map.entry("recipients", "Nơi nhận"),
            Map.entry(FormErrors.GENERAL, "Văn bản"));

    private static final Pattern TASK = Pattern.compile("^task-(\\d+)-(\\w+)$");

    private FieldLabels() {
    }

    static String of(String field) {
        Matcher task = TASK.matcher(field);
        if (task.matches()) {
            String part = switch (task.group(2)) {
                case "title" -> "nội dung";
                case "assignee" -> "giao cho";
                case "deadline" -> "hạn riêng";
                default -> "số liệu báo cáo";
            };
            return "Nhiệm vụ " + (Integer.parseInt(task.group(1)) + 1) + ", " + part;
        }
        if (field.startsWith("r-")) {
            return "Nơi nhận " + field.substring(4);
        }
        return LABELS.getOrDefault(field, field);
    }
}

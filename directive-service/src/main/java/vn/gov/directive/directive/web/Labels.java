package vn.gov.directive.directive.web;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.gov.directive.directive.domain.DirectiveStatus;
import vn.gov.directive.directive.domain.ReportFieldType;
import vn.gov.directive.events.Role;
import vn.gov.directive.events.Urgency;

/** The Vietnamese words the pages use for the domain's codes. */
public final class Labels {

    /** Decree 30/2020 document types the form offers, in the order clerks use them most. */
    public static final Map<String, String> DOCUMENT_TYPES = new LinkedHashMap<>();

    static {
        DOCUMENT_TYPES.put("CONG_VAN", "Công văn");
        DOCUMENT_TYPES.put("CHI_THI", "Chỉ thị");
        DOCUMENT_TYPES.put("QUYET_DINH", "Quyết định");
        DOCUMENT_TYPES.put("KE_HOACH", "Kế hoạch");
        DOCUMENT_TYPES.put("THONG_BAO", "Thông báo");
    }

    private Labels() {
    }

    public static String documentType(String code) {
        return DOCUMENT_TYPES.getOrDefault(code, code);
    }

    public static String of(Role role) {
        return switch (role) {
            case ACTION -> "Chủ trì, thực hiện";
            case COORDINATE -> "Phối hợp";
            case FOR_REPORT -> "Để báo cáo";
            case FOR_INFO -> "Để biết";
        };
    }

    public static String of(Urgency urgency) {
        return switch (urgency) {
            case NORMAL -> "Thường";
            case URGENT -> "Khẩn";
            case VERY_URGENT -> "Thượng khẩn";
            case FLASH -> "Hỏa tốc";
        };
    }

    public static String of(DirectiveStatus status) {
        return switch (status) {
            case DRAFT -> "Dự thảo";
            case ISSUED -> "Đã ban hành";
            case RECALLED -> "Đã thu hồi";
        };
    }

    public static String of(ReportFieldType type) {
        return switch (type) {
            case INTEGER -> "Số nguyên";
            case NUMBER -> "Số";
            case TEXT -> "Văn bản";
            case DATE -> "Ngày";
            case BOOLEAN -> "Có/không";
        };
    }
}

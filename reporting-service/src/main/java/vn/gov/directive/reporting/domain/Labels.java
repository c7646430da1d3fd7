package vn.gov.directive.reporting.domain;

import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.Role;

/** Vietnamese names of states and roles, as exports and dashboards show them. */
public final class Labels {

    /** The kind of a unit the directory copy does not know (yet). */
    public static final String UNKNOWN_KIND = "UNKNOWN";

    private Labels() {
    }

    public static String of(DeliveryStatus status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case PENDING -> "Chờ gửi";
            case DELIVERED -> "Đã gửi đến";
            case ACKNOWLEDGED -> "Đã tiếp nhận";
            case IN_PROGRESS -> "Đang xử lý";
            case REPORTED -> "Đã báo cáo";
            case COMPLETED -> "Hoàn thành";
            case REVISION_REQUESTED -> "Yêu cầu bổ sung";
            case RETURNED -> "Trả lại";
            case RECALLED -> "Đã thu hồi";
        };
    }

    public static String of(Role role) {
        if (role == null) {
            return "";
        }
        return switch (role) {
            case ACTION -> "Chủ trì thực hiện";
            case COORDINATE -> "Phối hợp";
            case FOR_REPORT -> "Để báo cáo";
            case FOR_INFO -> "Để biết";
        };
    }

    /** Unit kinds of the directory (seed/units-quang-ninh-2024.json); an unknown kind shows its code. */
    public static String ofKind(String kind) {
        if (kind == null || UNKNOWN_KIND.equals(kind)) {
            return "Chưa rõ loại";
        }
        return switch (kind) {
            case "PROVINCIAL_PC" -> "UBND tỉnh";
            case "PROVINCIAL_AGENCY" -> "Sở, ban, ngành tỉnh";
            case "PROVINCIAL_DEPARTMENT" -> "Sở, ngành";
            case "DISTRICT_PC" -> "UBND cấp huyện";
            case "COMMUNE_PC" -> "UBND cấp xã";
            case "PARTY_BODY" -> "Cơ quan Đảng";
            case "MEDIA_CENTER" -> "Cơ quan báo chí, truyền thông";
            case "POLICE" -> "Công an";
            default -> kind;
        };
    }
}

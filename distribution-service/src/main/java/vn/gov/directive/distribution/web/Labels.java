package vn.gov.directive.distribution.web;

import vn.gov.directive.distribution.domain.DeliveryAction;
import vn.gov.directive.distribution.domain.InboxTab;
import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.Role;
import vn.gov.directive.events.Urgency;

/** The Vietnamese words the pages use for the states, roles, urgencies and actions. */
public final class Labels {

    private Labels() {
    }

    public static String status(DeliveryStatus status) {
        return switch (status) {
            case PENDING -> "Chờ gửi";
            case DELIVERED -> "Chưa xác nhận";
            case ACKNOWLEDGED -> "Đã xác nhận";
            case IN_PROGRESS -> "Đang thực hiện";
            case REPORTED -> "Đã báo cáo";
            case COMPLETED -> "Hoàn thành";
            case REVISION_REQUESTED -> "Cần bổ sung báo cáo";
            case RETURNED -> "Đã trả lại";
            case RECALLED -> "Đã thu hồi";
        };
    }

    /** Empty for a normal document: only the three urgencies of Decree 30/2020 are marked. */
    public static String urgency(Urgency urgency) {
        return urgency == null ? "" : switch (urgency) {
            case NORMAL -> "";
            case URGENT -> "Khẩn";
            case VERY_URGENT -> "Thượng khẩn";
            case FLASH -> "Hỏa tốc";
        };
    }

    public static String role(Role role) {
        return switch (role) {
            case ACTION -> "Chủ trì thực hiện";
            case COORDINATE -> "Phối hợp thực hiện";
            case FOR_REPORT -> "Để báo cáo";
            case FOR_INFO -> "Để biết";
        };
    }

    public static String action(DeliveryAction action) {
        return switch (action) {
            case ACKNOWLEDGE -> "Xác nhận đã nhận";
            case RETURN -> "Trả lại văn bản";
            case REPORT -> "Gửi báo cáo";
            case ACCEPT_REPORT -> "Chấp nhận báo cáo";
            case REQUEST_REVISION -> "Yêu cầu bổ sung báo cáo";
            case EXTEND_DEADLINE -> "Gia hạn";
            case AMEND -> "Văn bản được sửa đổi";
            case RECALL -> "Văn bản bị thu hồi";
        };
    }

    public static String tab(InboxTab tab) {
        return switch (tab) {
            case ALL -> "Tất cả";
            case NEW -> "Mới";
            case DUE_SOON -> "Sắp đến hạn";
            case OVERDUE -> "Quá hạn";
            case DONE -> "Đã xong";
        };
    }

    public static String documentType(String type) {
        if (type == null) {
            return "Văn bản";
        }
        return switch (type) {
            case "CONG_VAN" -> "Công văn";
            case "CHI_THI" -> "Chỉ thị";
            case "QUYET_DINH" -> "Quyết định";
            case "KE_HOACH" -> "Kế hoạch";
            case "THONG_BAO" -> "Thông báo";
            case "HUONG_DAN" -> "Hướng dẫn";
            default -> "Văn bản";
        };
    }
}

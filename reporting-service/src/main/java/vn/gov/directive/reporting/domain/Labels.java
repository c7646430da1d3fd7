package vn.gov.directive.reporting.domain;

import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.Role;

/** Vietnamese names of states and roles, as exports and dashboards show them. */
public final class Labels {

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
}

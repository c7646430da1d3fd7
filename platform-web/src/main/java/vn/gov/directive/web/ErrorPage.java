package vn.gov.directive.web;

import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * What a page shows instead of a problem+json body: the same status, a Vietnamese title for it,
 * and the service's own sentence about what it means there (for a reload, a right, a directive).
 */
public final class ErrorPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(SignedIn viewer, int status, String title, String message, String detail);
    }

    private ErrorPage() {
    }

    public static Response of(int status, SignedIn viewer, String sentence) {
        return of(status, viewer, sentence, null);
    }

    /** @param detail a technical detail the reader can act on (an operator), or null */
    public static Response of(int status, SignedIn viewer, String sentence, String detail) {
        return Html.page(status, Templates.error(viewer, status, title(status), sentence == null ? sentence(status) : sentence,
                detail));
    }

    public static String title(int status) {
        return switch (status) {
            case 403 -> "Không có quyền truy cập";
            case 404 -> "Không tìm thấy";
            case 409, 422 -> "Không thực hiện được";
            case 503 -> "Dịch vụ tạm thời không sẵn sàng";
            default -> "Yêu cầu không hợp lệ";
        };
    }

    /** The sentence of a status a service has nothing of its own to say about. */
    public static String sentence(int status) {
        return switch (status) {
            case 403 -> "Tài khoản của bạn không được xem hoặc thực hiện nội dung này.";
            case 404 -> "Không có nội dung bạn tìm, hoặc bạn không được xem nội dung này.";
            case 409 -> "Thao tác không phù hợp với trạng thái hiện tại.";
            case 422 -> "Giá trị đã nhập không được chấp nhận.";
            case 503 -> "Dịch vụ tạm thời không trả lời. Vui lòng thử lại sau ít phút.";
            default -> "Yêu cầu không được chấp nhận.";
        };
    }
}

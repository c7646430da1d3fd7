package vn.gov.directive.distribution.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.distribution.domain.IllegalTransitionException;

/** What a portal page shows instead of a problem+json body: the same status, explained in Vietnamese. */
public final class ErrorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(Viewer viewer, int status, String title, String message);
    }

    private ErrorPages() {
    }

    static Response of(ProblemException e, Viewer viewer) {
        int status = e.problem().status();
        boolean staleForm = e.problem().type() != null && e.problem().type().toString().endsWith("/" + FormToken.REFUSED);
        String[] text = staleForm
                ? new String[] { "Biểu mẫu đã hết hiệu lực", "Phiên làm việc đã thay đổi. Vui lòng tải lại trang rồi thực hiện lại." }
                : switch (status) {
                    case 403 -> new String[] { "Không có quyền thực hiện", "Tài khoản của bạn không được thực hiện thao tác này." };
                    case 404 -> new String[] { "Không tìm thấy",
                            "Không có văn bản bạn tìm, hoặc văn bản không gửi đến đơn vị của bạn." };
                    case 409 -> new String[] { "Không thực hiện được", "Thao tác không phù hợp với trạng thái hiện tại của văn bản." };
                    case 422 -> new String[] { "Không thực hiện được", "Giá trị đã nhập không được chấp nhận." };
                    default -> new String[] { "Yêu cầu không hợp lệ", "Yêu cầu không được chấp nhận." };
                };
        return page(viewer, status, text[0], text[1]);
    }

    static Response of(IllegalTransitionException e, Viewer viewer) {
        return page(viewer, 409, "Không thực hiện được",
                "Thao tác không phù hợp với trạng thái hiện tại của văn bản (có thể đã được thực hiện trước đó). Vui lòng tải lại trang.");
    }

    private static Response page(Viewer viewer, int status, String title, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(viewer, status, title, message)).build();
    }
}

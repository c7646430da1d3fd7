package vn.gov.directive.directive.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import vn.gov.directive.common.problem.ProblemException;

/** What a page shows instead of a problem+json body: the same status, explained in Vietnamese. */
public final class ErrorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(Viewer viewer, int status, String title, String message);
    }

    private ErrorPages() {
    }

    static Response of(ProblemException e, Viewer viewer) {
        int status = e.problem().status();
        String[] text = switch (status) {
            case 403 -> new String[] { "Không có quyền truy cập",
                    "Trang này dành cho văn thư, chuyên viên của đơn vị ban hành văn bản. Tài khoản của bạn không có quyền "
                            + "soạn thảo và ban hành văn bản; nếu cần quyền này, đề nghị liên hệ bộ phận quản trị hệ thống." };
            case 404 -> new String[] { "Không tìm thấy văn bản", "Không có văn bản này, hoặc văn bản không thuộc đơn vị của bạn." };
            case 409 -> new String[] { "Không thực hiện được", "Thao tác không phù hợp với trạng thái hiện tại của văn bản." };
            default -> new String[] { "Yêu cầu không hợp lệ", "Yêu cầu không được chấp nhận." };
        };
        TemplateInstance page = Templates.error(viewer, status, text[0], text[1]);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }
}

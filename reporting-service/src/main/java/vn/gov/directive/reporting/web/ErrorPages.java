package vn.gov.directive.reporting.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.reporting.ops.KafkaUnavailableException;

/**
 * What a page shows instead of a problem+json body: the same status, explained in Vietnamese.
 * The technical detail of a refusal the operator can act on (409, 422) is shown as well.
 */
public final class ErrorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(Viewer viewer, int status, String title, String message, String detail);
    }

    private ErrorPages() {
    }

    static Response of(ProblemException e, Viewer viewer) {
        int status = e.problem().status();
        String detail = status == 409 || status == 422 || status == 400 ? e.problem().detail() : null;
        return page(viewer, status, detail);
    }

    static Response of(KafkaUnavailableException e, Viewer viewer) {
        return page(viewer, 503, e.getMessage());
    }

    private static Response page(Viewer viewer, int status, String detail) {
        String[] text = switch (status) {
            case 403 -> new String[] { "Không có quyền truy cập",
                    "Trang này dành cho đơn vị ban hành văn bản, lãnh đạo, cán bộ kiểm tra và vận hành hệ thống. "
                            + "Tài khoản của bạn không được xem nội dung này." };
            case 404 -> new String[] { "Không tìm thấy", "Không có văn bản hoặc mục bạn tìm, hoặc bạn không được xem nó." };
            case 409 -> new String[] { "Không thực hiện được", "Thao tác không phù hợp với trạng thái hiện tại." };
            case 503 -> new String[] { "Dịch vụ tạm thời không sẵn sàng",
                    "Không kết nối được hệ thống truyền thông điệp (Kafka). Vui lòng thử lại sau ít phút." };
            default -> new String[] { "Yêu cầu không hợp lệ", "Yêu cầu không được chấp nhận." };
        };
        TemplateInstance page = Templates.error(viewer, status, text[0], text[1], detail);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }
}

package vn.gov.directive.reporting.web;

import jakarta.ws.rs.core.Response;

import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.reporting.ops.KafkaUnavailableException;
import vn.gov.directive.web.ErrorPage;
import vn.gov.directive.web.SignedIn;

/**
 * What the dashboards and the operations view say on the platform's error page. The technical
 * detail of a refusal the operator can act on (400, 409, 422) is shown as well.
 */
final class ReportingErrors {

    private ReportingErrors() {
    }

    static Response of(ProblemException e, SignedIn viewer) {
        int status = e.problem().status();
        String detail = status == 409 || status == 422 || status == 400 ? e.problem().detail() : null;
        return ErrorPage.of(status, viewer, sentence(status), detail);
    }

    static Response of(KafkaUnavailableException e, SignedIn viewer) {
        return ErrorPage.of(503, viewer, "Không kết nối được hệ thống truyền thông điệp (Kafka). Vui lòng thử lại sau ít phút.",
                e.getMessage());
    }

    private static String sentence(int status) {
        return switch (status) {
            case 403 -> "Trang này dành cho đơn vị ban hành văn bản, lãnh đạo, cán bộ kiểm tra và vận hành hệ thống. "
                    + "Tài khoản của bạn không được xem nội dung này.";
            case 404 -> "Không có văn bản hoặc mục bạn tìm, hoặc bạn không được xem nó.";
            default -> null;
        };
    }
}

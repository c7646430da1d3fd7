package vn.gov.directive.directive.web;

import jakarta.ws.rs.core.Response;

import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.web.ErrorPage;
import vn.gov.directive.web.SignedIn;

/** What the clerk's pages say on the platform's error page. */
final class ClerkErrors {

    private ClerkErrors() {
    }

    static Response of(ProblemException e, SignedIn viewer) {
        int status = e.problem().status();
        String sentence = switch (status) {
            case 403 -> "Trang này dành cho văn thư, chuyên viên của đơn vị ban hành văn bản. Tài khoản của bạn không có quyền "
                    + "soạn thảo và ban hành văn bản; nếu cần quyền này, đề nghị liên hệ bộ phận quản trị hệ thống.";
            case 404 -> "Không có văn bản này, hoặc văn bản không thuộc đơn vị của bạn.";
            case 409 -> "Thao tác không phù hợp với trạng thái hiện tại của văn bản.";
            default -> null;
        };
        return ErrorPage.of(status, viewer, sentence);
    }
}

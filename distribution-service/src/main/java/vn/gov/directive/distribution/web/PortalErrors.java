package vn.gov.directive.distribution.web;

import jakarta.ws.rs.core.Response;

import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.distribution.domain.IllegalTransitionException;
import vn.gov.directive.web.ErrorPage;

/** What the portal's pages say on the platform's error page; each is read in a transaction of its own. */
final class PortalErrors {

    private PortalErrors() {
    }

    static Response of(ProblemException e, Portal portal) {
        int status = e.problem().status();
        if (e.problem().hasType(FormToken.REFUSED_TYPE)) {
            return page(status, portal, "Biểu mẫu đã hết hiệu lực: phiên làm việc đã thay đổi. Vui lòng tải lại trang rồi thực hiện lại.");
        }
        return page(status, portal, switch (status) {
            case 403 -> "Tài khoản của bạn không được thực hiện thao tác này.";
            case 404 -> "Không có văn bản bạn tìm, hoặc văn bản không gửi đến đơn vị của bạn.";
            case 409 -> "Thao tác không phù hợp với trạng thái hiện tại của văn bản.";
            default -> null;
        });
    }

    static Response of(IllegalTransitionException e, Portal portal) {
        return page(409, portal,
                "Thao tác không phù hợp với trạng thái hiện tại của văn bản (có thể đã được thực hiện trước đó). Vui lòng tải lại trang.");
    }

    private static Response page(int status, Portal portal, String sentence) {
        return ErrorPage.of(status, QuarkusTransaction.requiringNew().call(portal::viewer), sentence);
    }
}

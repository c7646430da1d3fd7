package vn.gov.directive.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.test.junit.QuarkusTest;

/** The error page in the platform's chrome, with the service's navigation and its own sentence. */
@QuarkusTest
class ErrorPageTests {

    private static final SignedIn VIEWER = new SignedIn("Nguyễn Văn A", "sttt.vanthu", "STTTT", "Sở Thông tin và Truyền thông",
            "Đơn vị ban hành", true, false, false);

    @Test
    void aStatusIsTitledInVietnameseAndTheServiceSaysWhatItMeans() {
        Response response = ErrorPage.of(404, VIEWER, "Không có văn bản này.");
        String html = ((TemplateInstance) response.getEntity()).render();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getMediaType().toString()).isEqualTo("text/html;charset=UTF-8");
        assertThat(html).contains("<title>Không tìm thấy · Trang thử</title>", "<h1>Không tìm thấy</h1>",
                "Không có văn bản này.", "href=\"/assets/platform.css\"", "href=\"/assets/test.css\"",
                "<a href=\"/test\">Về trang đầu</a>", "<span class=\"who-unit\">Sở Thông tin và Truyền thông</span>",
                "Ngày giờ theo giờ Việt Nam (GMT+7).", "class=\"skip\" href=\"#main\"");
    }

    @Test
    void aRefusalOfRightsOffersNoWayBackButTheSignOut() {
        String html = ((TemplateInstance) ErrorPage.of(403, VIEWER, null).getEntity()).render();
        assertThat(html).contains("Không có quyền truy cập", ErrorPage.sentence(403)).doesNotContain("Về trang đầu");
    }
}

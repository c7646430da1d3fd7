package vn.gov.directive.common.web;

import io.vertx.core.http.HttpServerResponse;

/** What a browser gets instead of the sign-in redirect while Keycloak does not answer: a Vietnamese page, at once. */
final class SignInUnavailablePage {

    static final int RETRY_AFTER_SECONDS = 30;

    private static final String HTML = """
            <!DOCTYPE html>
            <html lang="vi">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Tạm thời chưa đăng nhập được</title>
            <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#222}
            h1{font-size:1.4rem;color:#a40000}a{color:#0b4f9c}</style></head>
            <body>
            <h1>Tạm thời chưa đăng nhập được</h1>
            <p>Hệ thống đăng nhập tập trung hiện không phản hồi, nên chưa thể mở phiên làm việc mới.</p>
            <p>Những người đã đăng nhập vẫn làm việc bình thường; văn bản vẫn được gửi, nhận và nhắc hạn.</p>
            <p>Vui lòng thử lại sau ít phút: <a href="">Thử lại</a>. Nếu tình trạng kéo dài, xin liên hệ bộ phận vận hành.</p>
            </body>
            </html>
            """;

    private SignInUnavailablePage() {
    }

    static void send(HttpServerResponse response) {
        response.setStatusCode(503)
                .putHeader("Content-Type", "text/html; charset=UTF-8")
                .putHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS))
                .putHeader("Cache-Control", "no-store")
                .end(HTML);
    }
}

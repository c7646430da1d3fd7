package vn.gov.directive.directive.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.gov.directive.directive.TestDirectory;
import vn.gov.directive.common.time.VietnamTime;
import vn.gov.directive.testsupport.ComponentAddresses;
import vn.gov.directive.testsupport.InjectKeycloak;
import vn.gov.directive.testsupport.KeycloakTokens;

/**
 * The clerk's pages over HTTP, without a browser: who gets in, the CSRF check, and the form held
 * to the API's rules. A bearer token stands in for the browser's login here (hybrid OIDC takes
 * either); the browser's own login is ClerkBrowserTests'.
 */
@QuarkusTest
class ClerkPageTests {

    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @InjectKeycloak
    KeycloakTokens keycloak;

    @Inject
    TestDirectory directory;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void seedDirectory() {
        directory.loadSeed();
    }

    @Test
    void aBrowserWithoutASessionIsSentToTheKeycloakLoginAndTheApiStillAnswers401() {
        given().redirects().follow(false).when().get("/clerk")
                .then().statusCode(HttpStatus.SC_MOVED_TEMPORARILY)
                .header("Location", startsWith(ComponentAddresses.realm() + "/protocol/openid-connect/auth"))
                .header("Location", containsString("client_id=portal"));
        given().redirects().follow(false).when().get("/api/v1/directives")
                .then().statusCode(HttpStatus.SC_UNAUTHORIZED)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .header("Location", nullValue());
        given().when().get("/assets/clerk.css").then().statusCode(HttpStatus.SC_OK);
    }

    @Test
    void theApiGivesNoCsrfCookieAndThePagesCarryTheirSecurityHeaders() {
        Response api = given().auth().oauth2(stttt()).when().get("/api/v1/directives");
        assertThat(api.statusCode()).isEqualTo(HttpStatus.SC_OK);
        assertThat(api.getDetailedCookies().hasCookieWithName("csrf-token")).isFalse();
        given().auth().oauth2(stttt()).when().get("/clerk")
                .then().statusCode(HttpStatus.SC_OK)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .body(containsString("Văn bản đi của đơn vị"))
                .body(containsString("Sở Thông tin và Truyền thông"));
    }

    @Test
    void aUnitOfficerIsRefusedInVietnamese() {
        given().auth().oauth2(keycloak.accessToken("ubnd-halong")).when().get("/clerk/new")
                .then().statusCode(HttpStatus.SC_FORBIDDEN)
                .contentType(containsString("text/html"))
                .body(containsString("Không có quyền truy cập"))
                .body(containsString("UBND thành phố Hạ Long"));
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefusedAndStoresNothing() {
        String subject = "V/v không có mã chống giả mạo " + UUID.randomUUID();
        given().auth().oauth2(stttt()).contentType(FORM).redirects().follow(false)
                .formParams(complete(subject)).formParam("action", "draft")
                .when().post("/clerk/new")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST);
        assertThat(stored(subject)).isZero();
    }

    @Test
    void aCompleteFormIsSavedAsADraftOnceHoweverOftenItIsSent() {
        String subject = "V/v lưu nháp qua trang " + UUID.randomUUID();
        Page form = page("/clerk/new");
        String key = form.field("submissionKey");

        for (int i = 0; i < 2; i++) { // the second send is a double click: same submission key
            Response saved = form.post("/clerk/new").formParams(complete(subject)).formParam("submissionKey", key)
                    .formParam("action", "draft").when().post("/clerk/new");
            assertThat(saved.statusCode()).isEqualTo(HttpStatus.SC_SEE_OTHER);
            assertThat(saved.header("Location")).contains("/clerk/directive?id=").endsWith("done=saved");
        }
        assertThat(stored(subject)).isEqualTo(1);
    }

    @Test
    void theFormIsHeldToTheApisRulesAndKeepsWhatWasTyped() {
        String subject = "V/v kiểm tra lỗi <script>alert(1)</script> " + UUID.randomUUID();
        Page form = page("/clerk/new");

        Map<String, Object> wrong = complete(subject);
        wrong.put("symbol", "STTTT VP");
        wrong.put("signerName", " ");
        String refused = form.post("/clerk/new").formParams(wrong)
                .formParam("recipient", "U:UBND-ATLANTIS:ACTION")
                .formParam("action", "issue")
                .when().post("/clerk/new")
                .then().statusCode(422).contentType(containsString("text/html"))
                .body(containsString("id=\"symbol-error\""))
                .body(containsString("Ký hiệu viết liền, không có dấu cách"))
                .body(containsString("id=\"signerName-error\""))
                .extract().asString();
        assertThat(refused).contains("V/v kiểm tra lỗi &lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
        assertThat(refused).contains("value=\"G:PROVINCIAL_AGENCIES:ACTION\" selected");

        // Bean Validation satisfied: the domain refuses the unknown unit, shown with the recipients.
        form.post("/clerk/new").formParams(complete(subject))
                .formParam("recipient", "U:UBND-ATLANTIS:ACTION")
                .formParam("action", "issue")
                .when().post("/clerk/new")
                .then().statusCode(422)
                .body(containsString("id=\"recipients-error\""))
                .body(containsString("Danh bạ không có đơn vị UBND-ATLANTIS"));
        assertThat(stored(subject)).isZero();
    }

    @Test
    void addingATaskBlockKeepsTheFormAndStoresNothing() {
        String subject = "V/v thêm nhiệm vụ " + UUID.randomUUID();
        Page form = page("/clerk/new");

        String again = form.post("/clerk/new").formParams(complete(subject)).formParam("action", "add-task")
                .when().post("/clerk/new")
                .then().statusCode(HttpStatus.SC_OK)
                .body(containsString("<legend>Nhiệm vụ 3</legend>"))
                .extract().asString();
        assertThat(again).contains("id=\"task-2-title\" name=\"taskTitle\" rows=\"2\" maxlength=\"2000\" autofocus")
                .contains(">Tuyên truyền đến cán bộ</textarea>")
                .contains(subject)
                .doesNotContain("error-summary");
        assertThat(stored(subject)).isZero();
    }

    @Test
    void issuingFromTheFormNumbersTheDirectiveAndItsPageCountsTheRecipients() {
        String subject = "V/v ban hành ngay từ trang " + UUID.randomUUID();
        Page form = page("/clerk/new");

        Response issued = form.post("/clerk/new").formParams(complete(subject)).formParam("action", "issue")
                .when().post("/clerk/new");
        assertThat(issued.statusCode()).isEqualTo(HttpStatus.SC_SEE_OTHER);
        String id = issued.header("Location").replaceFirst(".*[?&]id=([0-9a-f-]+).*", "$1");

        given().auth().oauth2(stttt()).when().get("/api/v1/directives/" + id)
                .then().statusCode(HttpStatus.SC_OK)
                .body("status", equalTo("ISSUED"))
                .body("subject", equalTo(subject))
                .body("recipientsByRole.ACTION", equalTo(20))
                .body("recipientsByRole.COORDINATE", equalTo(1))
                .body("tasks[0].title", equalTo("Tuyên truyền đến cán bộ"))
                .body("tasks[0].assignees[0].group", equalTo("PROVINCIAL_AGENCIES"));
        given().auth().oauth2(stttt()).when().get("/clerk/directive?id=" + id)
                .then().statusCode(HttpStatus.SC_OK)
                .body(containsString("Văn bản đã gửi đến <span class=\"total\">21</span> đơn vị"))
                .body(containsString("data-count=\"Phối hợp\">1</dd>"));
        // Another unit's issuer does not see it.
        given().auth().oauth2(stttt()).when().get("/clerk/directive?id=" + UUID.randomUUID())
                .then().statusCode(HttpStatus.SC_NOT_FOUND).body(containsString("Không tìm thấy"), containsString("Không có văn bản này"));
    }

    /** Every field of a valid draft: a group and a unit with roles, one task, a deadline ten days ahead. */
    private static Map<String, Object> complete(String subject) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("documentType", "CONG_VAN");
        fields.put("symbol", "STTTT-VP");
        fields.put("subject", subject);
        fields.put("urgency", "NORMAL");
        fields.put("place", "Quảng Ninh");
        fields.put("signerAuthority", "KT.");
        fields.put("signerTitle", "Phó Giám đốc");
        fields.put("signerName", "Nguyễn Văn Thử");
        fields.put("deadline", LocalDateTime.now(VietnamTime.ZONE).plusDays(10).format(TYPED));
        fields.put("body", "Đề nghị các đơn vị thực hiện.");
        fields.put("recipient", List.of("G:PROVINCIAL_AGENCIES:ACTION", "", "U:CA-TINH:COORDINATE"));
        fields.put("taskTitle", List.of("Tuyên truyền đến cán bộ", ""));
        fields.put("taskAssignee", List.of("ACTION", "ACTION"));
        fields.put("taskDeadline", List.of("", ""));
        fields.put("taskFieldLabel", List.of("Số buổi", ""));
        fields.put("taskFieldType", List.of("INTEGER", "INTEGER"));
        return fields;
    }

    /** A page with a form: its CSRF cookie and its fields, to post as the browser would. */
    private record Page(String html, String cookie, String token, String bearer) {

        String field(String name) {
            Matcher value = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
            assertThat(value.find()).as(name).isTrue();
            return value.group(1);
        }

        RequestSpecification post(String path) {
            return given().auth().oauth2(bearer).contentType(FORM).redirects().follow(false)
                    .cookie("csrf-token", cookie).formParam("csrf-token", token);
        }
    }

    private Page page(String path) {
        Response response = given().auth().oauth2(stttt()).when().get(path);
        assertThat(response.statusCode()).isEqualTo(HttpStatus.SC_OK);
        Matcher token = TOKEN.matcher(response.asString());
        assertThat(token.find()).isTrue();
        assertThat(response.cookie("csrf-token")).isEqualTo(token.group(1));
        return new Page(response.asString(), response.cookie("csrf-token"), token.group(1), stttt());
    }

    private String stttt() {
        return keycloak.accessToken("stttt");
    }

    private long stored(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from directive where subject = ?1").setParameter(1, subject)
                .getSingleResult()).longValue());
    }
}

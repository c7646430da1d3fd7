package vn.gov.directive.directive.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.gov.directive.directive.Requests;
import vn.gov.directive.directive.TestDirectory;
import vn.gov.directive.testsupport.InjectKeycloak;
import vn.gov.directive.testsupport.KeycloakTokens;

/** Draft, issue, read, search, amend and recall against the real database and Keycloak. */
@QuarkusTest
class DirectiveLifecycleTests {

    private static final String DIRECTIVES = "/api/v1/directives";

    @InjectKeycloak
    KeycloakTokens keycloak;

    @Inject
    TestDirectory directory;

    @BeforeEach
    void seedDirectory() {
        directory.loadSeed();
    }

    @Test
    void theSeedDirectiveIsStoredAsADraftWithoutNumber() {
        create(Requests.seed(), false)
                .statusCode(HttpStatus.SC_CREATED)
                .header("Location", containsString(DIRECTIVES + "/"))
                .body("status", equalTo("DRAFT"))
                .body("number", nullValue())
                .body("version", equalTo(1))
                .body("issuer", equalTo("STTTT"))
                .body("signer.name", equalTo("Nguyễn Thanh Trà"))
                .body("recipients.size()", equalTo(7))
                .body("tasks[2].reportFields.key", hasItem("people_reached"))
                .body("reminderPolicy.before", hasItem("PT72H"))
                .body("reminderPolicy.respectWorkingHours", equalTo(true))
                .body("confidentiality", equalTo("NONE"));
    }

    @Test
    void issuingNumbersTheDirectiveAndExpandsItTo38Units() {
        String id = create(Requests.seed(), false).statusCode(HttpStatus.SC_CREATED).extract().path("id");

        given().auth().oauth2(stttt()).when().post(DIRECTIVES + "/" + id + "/issue")
                .then().statusCode(HttpStatus.SC_OK)
                .body("status", equalTo("ISSUED"))
                .body("number", matchesPattern("^[1-9][0-9]*/STTTT-TTBCXB$"))
                .body("recipientCount", equalTo(38))
                .body("recipientsByRole.ACTION", equalTo(34))
                .body("recipientsByRole.FOR_REPORT", equalTo(3))
                .body("recipientsByRole.COORDINATE", equalTo(1))
                .body("issuedBy", equalTo("stttt"));

        given().auth().oauth2(stttt()).when().get(DIRECTIVES + "/" + id + "/recipients?size=100")
                .then().statusCode(HttpStatus.SC_OK)
                .body("total", equalTo(38))
                .body("items.unit", not(hasItem("STTTT")))
                .body("items.find { it.unit == 'CA-TINH' }.role", equalTo("COORDINATE"));
    }

    @Test
    void issuingTwiceIsAConflictNamingTheState() {
        String id = create(Requests.seed(), true).statusCode(HttpStatus.SC_CREATED).extract().path("id");

        given().auth().oauth2(stttt()).when().post(DIRECTIVES + "/" + id + "/issue")
                .then().statusCode(HttpStatus.SC_CONFLICT)
                .contentType("application/problem+json")
                .body("detail", containsString("ISSUED"));
    }

    @Test
    void createWithIssueTrueAnswersAsIssueDoes() {
        create(Requests.seed(), true)
                .statusCode(HttpStatus.SC_CREATED)
                .body("status", equalTo("ISSUED"))
                .body("number", matchesPattern("^[1-9][0-9]*/STTTT-TTBCXB$"))
                .body("recipientCount", equalTo(38));
    }

    @Test
    void textArrivingDecomposedIsStoredComposed() {
        ObjectNode request = Requests.seed();
        String subject = "V/v kiểm tra chuẩn hoá Unicode " + UUID.randomUUID();
        request.put("subject", Normalizer.normalize(subject, Normalizer.Form.NFD));
        request.with("signer").put("name", Normalizer.normalize("Nguyễn Thanh Trà", Normalizer.Form.NFD));

        String id = create(request, false).statusCode(HttpStatus.SC_CREATED).extract().path("id");

        String stored = given().auth().oauth2(stttt()).when().get(DIRECTIVES + "/" + id)
                .then().statusCode(HttpStatus.SC_OK).extract().path("subject");
        assertThat(stored).isEqualTo(subject).isNotEqualTo(Normalizer.normalize(subject, Normalizer.Form.NFD));
    }

    @Test
    void searchIgnoresDiacriticsAndFiltersByIssuerAndStatus() {
        String word = "kiemthu" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode request = Requests.seed();
        request.put("subject", "V/v tăng cường tuyên truyền " + word);
        String id = create(request, true).statusCode(HttpStatus.SC_CREATED).extract().path("id");

        given().auth().oauth2(keycloak.accessToken("auditor"))
                .queryParam("q", "TUYEN truyen " + word).queryParam("issuer", "STTTT").queryParam("status", "ISSUED")
                .when().get(DIRECTIVES)
                .then().statusCode(HttpStatus.SC_OK)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].subject", equalTo("V/v tăng cường tuyên truyền " + word))
                .body("page", equalTo(0))
                .body("size", equalTo(50));
        given().auth().oauth2(keycloak.accessToken("auditor"))
                .queryParam("q", "tuyen truyen " + word).queryParam("status", "DRAFT")
                .when().get(DIRECTIVES)
                .then().statusCode(HttpStatus.SC_OK)
                .body("total", equalTo(0));
    }

    @Test
    void listIsPaged() {
        create(Requests.seed(), false).statusCode(HttpStatus.SC_CREATED);
        create(Requests.seed(), false).statusCode(HttpStatus.SC_CREATED);

        given().auth().oauth2(stttt()).queryParam("size", 1).queryParam("page", 1)
                .when().get(DIRECTIVES)
                .then().statusCode(HttpStatus.SC_OK)
                .body("items.size()", equalTo(1))
                .body("page", equalTo(1))
                .body("size", equalTo(1))
                .body("items.issuer", everyItem(equalTo("STTTT")));
        given().auth().oauth2(stttt()).queryParam("size", 1001).when().get(DIRECTIVES)
                .then().statusCode(HttpStatus.SC_BAD_REQUEST);
    }

    @Test
    void amendingMakesANewVersionWithTheSameNumberAndRecipients() {
        ValidatableResponse issued = create(Requests.seed(), true).statusCode(HttpStatus.SC_CREATED);
        String id = issued.extract().path("id");
        String number = issued.extract().path("number");
        String deadline = Instant.now().plusSeconds(14 * 86_400).truncatedTo(ChronoUnit.SECONDS).toString();

        given().auth().oauth2(stttt()).contentType(ContentType.JSON)
                .body("{\"subject\": \"V/v tăng cường tuyên truyền (sửa đổi)\", \"deadline\": \"" + deadline
                        + "\", \"changeSummary\": \"Bổ sung hạn báo cáo\"}")
                .when().post(DIRECTIVES + "/" + id + "/amend")
                .then().statusCode(HttpStatus.SC_OK)
                .body("version", equalTo(2))
                .body("status", equalTo("ISSUED"))
                .body("number", equalTo(number))
                .body("subject", equalTo("V/v tăng cường tuyên truyền (sửa đổi)"))
                .body("deadline", equalTo(deadline))
                .body("recipientCount", equalTo(38))
                .body("body", containsString("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"));
    }

    @Test
    void aDraftCannotBeAmendedNorRecalled() {
        String id = create(Requests.seed(), false).statusCode(HttpStatus.SC_CREATED).extract().path("id");

        given().auth().oauth2(stttt()).contentType(ContentType.JSON).body("{\"subject\": \"V/v\", \"changeSummary\": \"x\"}")
                .when().post(DIRECTIVES + "/" + id + "/amend")
                .then().statusCode(HttpStatus.SC_CONFLICT).body("detail", containsString("DRAFT"));
        given().auth().oauth2(stttt()).contentType(ContentType.JSON).body("{\"reason\": \"Nhầm\"}")
                .when().post(DIRECTIVES + "/" + id + "/recall")
                .then().statusCode(HttpStatus.SC_CONFLICT).body("detail", containsString("DRAFT"));
    }

    @Test
    void recallClosesTheDirectiveForGood() {
        String id = create(Requests.seed(), true).statusCode(HttpStatus.SC_CREATED).extract().path("id");

        given().auth().oauth2(stttt()).contentType(ContentType.JSON).body("{\"reason\": \"Ban hành nhầm đối tượng\"}")
                .when().post(DIRECTIVES + "/" + id + "/recall")
                .then().statusCode(HttpStatus.SC_OK)
                .body("status", equalTo("RECALLED"))
                .body("recallReason", equalTo("Ban hành nhầm đối tượng"))
                .body("recalledBy", equalTo("stttt"));

        given().auth().oauth2(stttt()).contentType(ContentType.JSON).body("{\"reason\": \"Lần nữa\"}")
                .when().post(DIRECTIVES + "/" + id + "/recall")
                .then().statusCode(HttpStatus.SC_CONFLICT).body("detail", containsString("RECALLED"));
        given().auth().oauth2(stttt()).contentType(ContentType.JSON).body("{\"subject\": \"V/v\", \"changeSummary\": \"x\"}")
                .when().post(DIRECTIVES + "/" + id + "/amend")
                .then().statusCode(HttpStatus.SC_CONFLICT);
    }

    @Test
    void recallNeedsAReason() {
        String id = create(Requests.seed(), true).statusCode(HttpStatus.SC_CREATED).extract().path("id");

        given().auth().oauth2(stttt()).contentType(ContentType.JSON).body("{}")
                .when().post(DIRECTIVES + "/" + id + "/recall")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST)
                .body("errors.field", hasItem("reason"));
    }

    @Test
    void unknownDirectiveIs404() {
        given().auth().oauth2(stttt()).when().get(DIRECTIVES + "/" + UUID.randomUUID())
                .then().statusCode(HttpStatus.SC_NOT_FOUND).contentType("application/problem+json");
    }

    private ValidatableResponse create(ObjectNode request, boolean issue) {
        return given().auth().oauth2(stttt()).contentType(ContentType.JSON).body(Requests.json(request))
                .queryParam("issue", issue)
                .when().post(DIRECTIVES)
                .then().log().ifValidationFails();
    }

    private String stttt() {
        return keycloak.accessToken("stttt");
    }
}

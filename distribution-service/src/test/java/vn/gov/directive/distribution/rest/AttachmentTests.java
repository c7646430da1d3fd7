package vn.gov.directive.distribution.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.http.HttpStatus;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import vn.gov.directive.distribution.SampleFiles;
import vn.gov.directive.distribution.TestDirectives;
import vn.gov.directive.distribution.domain.AttachmentLimits;
import vn.gov.directive.events.EventType;
import vn.gov.directive.events.Recipient;
import vn.gov.directive.events.Role;
import vn.gov.directive.testsupport.InjectKafkaCompanion;
import vn.gov.directive.testsupport.InjectKeycloak;
import vn.gov.directive.testsupport.KeycloakTokens;

/** Files attached to a report, through the API, stored in PostgreSQL, with real tokens. */
@QuarkusTest
class AttachmentTests {

    /** As browsers send it: the file name in UTF-8 (REST Assured's strict mode would send it as ASCII, '?' for 'á'). */
    private static final RestAssuredConfig UTF8_MULTIPART = RestAssuredConfig.config()
            .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
            .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8));

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectKeycloak
    KeycloakTokens keycloak;

    @Inject
    TestDirectives directives;

    @Inject
    AttachmentLimits limits;

    private UUID halong;

    @BeforeEach
    void issueDirective() {
        UUID directiveId = UUID.randomUUID();
        directives.publish(kafka, EventType.DIRECTIVE_ISSUED, directiveId, directives.issued(directiveId,
                List.of(new Recipient("UBND-HALONG", Role.ACTION), new Recipient("UBND-CAMPHA", Role.ACTION)),
                Instant.now().plus(10, ChronoUnit.DAYS), List.of(), "V/v báo cáo kèm tệp"), UUID.randomUUID());
        halong = directives.awaitDeliveries(directiveId, 2, Duration.ofSeconds(60)).get("UBND-HALONG");
    }

    @Test
    void aUnitAttachesFilesRecognisedByContentAndTheIssuerDownloadsThem() {
        String href = upload("ubnd-halong", "Báo cáo tuyên truyền.pdf", SampleFiles.pdf()).statusCode(HttpStatus.SC_CREATED)
                .body("mediaType", equalTo("application/pdf")).body("fileName", equalTo("Báo cáo tuyên truyền.pdf"))
                .body("size", equalTo(SampleFiles.pdf().length)).body("uploadedBy", equalTo("ubnd-halong"))
                .extract().path("href");
        upload("ubnd-halong", "so-lieu.bin", SampleFiles.office(SampleFiles.XLSX_MAIN)).statusCode(HttpStatus.SC_CREATED)
                .body("mediaType", equalTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        upload("ubnd-halong", "anh.txt", SampleFiles.png()).statusCode(HttpStatus.SC_CREATED).body("mediaType", equalTo("image/png"));

        given().auth().oauth2(keycloak.accessToken("stttt")).when().get("/api/v1/deliveries/" + halong + "/attachments")
                .then().statusCode(HttpStatus.SC_OK).body("$", hasSize(3));
        byte[] downloaded = given().auth().oauth2(keycloak.accessToken("stttt")).when().get(href)
                .then().statusCode(HttpStatus.SC_OK).contentType("application/pdf")
                .header("Content-Disposition", containsString("filename*=UTF-8''B%C3%A1o%20c%C3%A1o"))
                .extract().asByteArray();
        assertThat(downloaded).isEqualTo(SampleFiles.pdf());
    }

    @Test
    void aFileWhoseContentIsNoneOfTheAcceptedTypesIsRefusedWhateverItsName() {
        upload("ubnd-halong", "bao-cao.pdf", SampleFiles.exe()).statusCode(HttpStatus.SC_UNSUPPORTED_MEDIA_TYPE)
                .contentType("application/problem+json").body("detail", containsString("bao-cao.pdf"));
        upload("ubnd-halong", "bao-cao.docx", SampleFiles.zip("word.txt")).statusCode(HttpStatus.SC_UNSUPPORTED_MEDIA_TYPE);
        upload("ubnd-halong", "rong.pdf", new byte[0]).statusCode(HttpStatus.SC_BAD_REQUEST);
        given().auth().oauth2(keycloak.accessToken("ubnd-halong")).when().get("/api/v1/deliveries/" + halong + "/attachments")
                .then().statusCode(HttpStatus.SC_OK).body("$", hasSize(0));
    }

    @Test
    void aFileOver20MegabytesIsRefused() {
        upload("ubnd-halong", "lon.pdf", SampleFiles.pdfOf(20 * 1024 * 1024 + 1)).statusCode(HttpStatus.SC_REQUEST_TOO_LONG);
        upload("ubnd-halong", "vua.pdf", SampleFiles.pdfOf(20 * 1024 * 1024)).statusCode(HttpStatus.SC_CREATED);
    }

    @Test
    void onlyTheUnitAttachesOnlyWhileItMayReportAndOthersSeeNothing() {
        upload("ubnd-campha", "x.pdf", SampleFiles.pdf()).statusCode(HttpStatus.SC_NOT_FOUND);
        given().auth().oauth2(keycloak.accessToken("ubnd-campha")).when().get("/api/v1/deliveries/" + halong + "/attachments")
                .then().statusCode(HttpStatus.SC_NOT_FOUND);
        upload("stttt", "x.pdf", SampleFiles.pdf()).statusCode(HttpStatus.SC_FORBIDDEN);

        String href = upload("ubnd-halong", "x.pdf", SampleFiles.pdf()).statusCode(HttpStatus.SC_CREATED).extract().path("href");
        given().auth().oauth2(keycloak.accessToken("ubnd-campha")).when().get(href).then().statusCode(HttpStatus.SC_NOT_FOUND);
        given().auth().oauth2(keycloak.accessToken("ubnd-halong")).contentType(ContentType.JSON)
                .body(Map.of("summary", "Đã xong")).when().post("/api/v1/deliveries/" + halong + "/report")
                .then().statusCode(HttpStatus.SC_OK);
        upload("ubnd-halong", "sau.pdf", SampleFiles.pdf()).statusCode(HttpStatus.SC_CONFLICT).body("detail", containsString("REPORTED"));
    }

    @Test
    void aZipBombShapedLikeADocxIsRefusedInWellUnderASecondAndNothingIsStored() {
        byte[] bomb = SampleFiles.zipBomb(4096); // about 4 MB that would inflate to 4 GiB
        // the same upload path warmed up first (token, connection, multipart): what is timed is the refusal
        upload("ubnd-halong", "mau.docx", SampleFiles.office(SampleFiles.DOCX_MAIN)).statusCode(HttpStatus.SC_CREATED);
        long start = System.nanoTime();
        upload("ubnd-halong", "bao-cao.docx", bomb).statusCode(HttpStatus.SC_REQUEST_TOO_LONG)
                .contentType("application/problem+json").body("type", containsString("office-package-too-large"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        attachmentsOfHalong().body("$", hasSize(1)).body("[0].fileName", equalTo("mau.docx"));
    }

    @Test
    void twentyFilesThatAreOnlyThePngSignatureAreAllRefused() {
        for (int i = 0; i < 20; i++) {
            upload("ubnd-halong", "anh-" + i + ".png", SampleFiles.fakePng()).statusCode(HttpStatus.SC_UNSUPPORTED_MEDIA_TYPE)
                    .contentType("application/problem+json");
        }
        upload("ubnd-halong", "that.jpg", SampleFiles.jpeg()).statusCode(HttpStatus.SC_CREATED).body("mediaType", equalTo("image/jpeg"));
        attachmentsOfHalong().body("$", hasSize(1));
    }

    @Test
    void aDeliveryTakesAtMostItsCountOfFilesThenConflict() {
        for (int i = 0; i < limits.maxPerDelivery(); i++) {
            upload("ubnd-halong", "tep-" + i + ".pdf", SampleFiles.pdf()).statusCode(HttpStatus.SC_CREATED);
        }
        upload("ubnd-halong", "mot-nua.pdf", SampleFiles.pdf()).statusCode(HttpStatus.SC_CONFLICT)
                .contentType("application/problem+json").body("type", containsString("too-many-attachments"))
                .body("detail", containsString("at most " + limits.maxPerDelivery()));
        attachmentsOfHalong().body("$", hasSize(limits.maxPerDelivery()));
    }

    @Test
    void aDeliveryTakesAtMostItsTotalSizeThenContentTooLarge() {
        int first = (int) Math.min(limits.maxTotal().asLongValue() - 1024, 20 * 1024 * 1024);
        upload("ubnd-halong", "lon.pdf", SampleFiles.pdfOf(first)).statusCode(HttpStatus.SC_CREATED);
        int rest = (int) (limits.maxTotal().asLongValue() - first);
        upload("ubnd-halong", "them.pdf", SampleFiles.pdfOf(rest + 1)).statusCode(HttpStatus.SC_REQUEST_TOO_LONG)
                .contentType("application/problem+json").body("type", containsString("attachments-too-large"));
        attachmentsOfHalong().body("$", hasSize(1));
        upload("ubnd-halong", "vua-du.pdf", SampleFiles.pdfOf(rest)).statusCode(HttpStatus.SC_CREATED);
    }

    @Test
    void theOpenApiDocumentStatesTheLimitsInForce() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(HttpStatus.SC_OK)
                .body("paths.'/api/v1/deliveries/{id}/attachments'.post.description",
                        containsString("at most " + limits.maxPerDelivery() + " files per delivery"))
                .body("paths.'/api/v1/deliveries/{id}/attachments'.post.description",
                        containsString("at most " + limits.maxTotal().asLongValue() + " bytes for all"));
    }

    private ValidatableResponse attachmentsOfHalong() {
        return given().auth().oauth2(keycloak.accessToken("ubnd-halong")).when().get("/api/v1/deliveries/" + halong + "/attachments")
                .then().statusCode(HttpStatus.SC_OK);
    }

    private ValidatableResponse upload(String user, String name, byte[] content) {
        return given().config(UTF8_MULTIPART).auth().oauth2(keycloak.accessToken(user))
                .multiPart("file", name, content, "application/octet-stream")
                .when().post("/api/v1/deliveries/" + halong + "/attachments").then();
    }
}

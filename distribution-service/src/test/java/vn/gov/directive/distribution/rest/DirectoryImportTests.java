package vn.gov.directive.distribution.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.http.HttpStatus;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import vn.gov.directive.events.CloudEventHeaders;
import vn.gov.directive.events.EventSchemas;
import vn.gov.directive.events.EventType;
import vn.gov.directive.testsupport.CloudEventRecords;
import vn.gov.directive.testsupport.InjectKafkaCompanion;
import vn.gov.directive.testsupport.InjectKeycloak;
import vn.gov.directive.testsupport.KeycloakTokens;

/** The directory import against the real database, Keycloak and broker. */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DirectoryImportTests {

    private static final String TOPIC = org.eclipse.microprofile.config.ConfigProvider.getConfig().getOptionalValue("platform.topics.prefix", String.class).orElse("test-distribution.") + "directory-events";
    private static final int SEED_UNITS = 39;
    private static final int SEED_GROUPS = 2;
    private static String seedFile;

    @InjectKeycloak
    KeycloakTokens keycloak;

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    EntityManager entityManager;

    @BeforeAll
    static void readSeed() throws IOException {
        seedFile = Files.readString(Path.of("../deploy/seed/units-quang-ninh-2024.json"));
    }

    @Test
    @Order(1)
    void operatorImportsTheSeedDirectoryAndEveryChangeIsPublished() {
        Instant start = Instant.now().minusSeconds(1);
        ConsumerTask<String, String> published = kafka.consumeStrings().fromTopics(TOPIC);

        given().auth().oauth2(keycloak.accessToken("operator")).contentType(ContentType.JSON).body(seedFile)
                .when().post("/api/v1/directory/import")
                .then().statusCode(HttpStatus.SC_OK)
                .body("unitsUpserted", equalTo(SEED_UNITS))
                .body("groupsUpserted", equalTo(SEED_GROUPS))
                .body("unitsRetired", equalTo(0));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(since(published.getRecords(), start)).hasSize(SEED_UNITS + SEED_GROUPS));
        published.stop();
        List<ConsumerRecord<String, String>> records = since(published.getRecords(), start);
        ConsumerRecord<String, String> halong = records.stream().filter(r -> "UBND-HALONG".equals(r.key())).findFirst().orElseThrow();
        assertThat(CloudEventRecords.header(halong.headers(), CloudEventHeaders.TYPE)).isEqualTo("vn.gov.directive.UnitUpserted.v1");
        assertThat(CloudEventRecords.header(halong.headers(), CloudEventHeaders.SOURCE)).isEqualTo("/distribution-service");
        assertThat(CloudEventRecords.header(halong.headers(), CloudEventHeaders.ID)).isNotBlank();
        assertThat(EventSchemas.violations(EventType.UNIT_UPSERTED, halong.value())).isEmpty();
        assertThat(halong.value()).contains("UBND thành phố Hạ Long").contains("DISTRICT_PCS");
    }

    @Test
    @Order(2)
    void reimportingTheSameFileChangesNothing() {
        long outboxBefore = outboxRows();

        given().auth().oauth2(keycloak.accessToken("operator")).contentType(ContentType.JSON).body(seedFile)
                .when().post("/api/v1/directory/import")
                .then().statusCode(HttpStatus.SC_OK)
                .body("unitsUpserted", equalTo(0))
                .body("groupsUpserted", equalTo(0));

        assertThat(outboxRows()).isEqualTo(outboxBefore);
    }

    @Test
    @Order(3)
    void anyoneSignedInReadsUnitsAndGroups() {
        given().auth().oauth2(keycloak.accessToken("ubnd-halong"))
                .when().get("/api/v1/units?size=100")
                .then().statusCode(HttpStatus.SC_OK)
                .body("total", equalTo(SEED_UNITS))
                .body("items.code", hasItem("UBND-HALONG"));
        given().auth().oauth2(keycloak.accessToken("ubnd-halong"))
                .when().get("/api/v1/groups")
                .then().statusCode(HttpStatus.SC_OK)
                .body("code", hasItem("DISTRICT_PCS"));
    }

    @Test
    @Order(4)
    void everyImportIsInTheAuditTrailWithWhoAndWhenForAuditorsAndOperatorsOnly() {
        Instant before = Instant.now().minusSeconds(1);
        given().auth().oauth2(keycloak.accessToken("operator")).contentType(ContentType.JSON).body(seedFile)
                .when().post("/api/v1/directory/import")
                .then().statusCode(HttpStatus.SC_OK);

        io.restassured.path.json.JsonPath trail = given().auth().oauth2(keycloak.accessToken("auditor"))
                .queryParam("action", "directory.import").queryParam("size", 1)
                .when().get("/api/v1/audit")
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath();
        assertThat(trail.getLong("total")).isGreaterThanOrEqualTo(3); // the imports of the tests before, and this one
        assertThat(trail.getString("items[0].actor")).isEqualTo("operator");
        assertThat(trail.getString("items[0].action")).isEqualTo("directory.import");
        assertThat(trail.getString("items[0].detail")).contains("units upserted 0").contains("39 units in the file");
        assertThat(Instant.parse(trail.getString("items[0].at"))).isBetween(before, Instant.now());

        given().auth().oauth2(keycloak.accessToken("operator")).when().get("/api/v1/audit")
                .then().statusCode(HttpStatus.SC_OK);
        given().auth().oauth2(keycloak.accessToken("ubnd-halong")).when().get("/api/v1/audit")
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
        // A refused import leaves no row.
        given().auth().oauth2(keycloak.accessToken("ubnd-halong")).contentType(ContentType.JSON).body(seedFile)
                .when().post("/api/v1/directory/import")
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
        given().auth().oauth2(keycloak.accessToken("auditor")).queryParam("action", "directory.import")
                .when().get("/api/v1/audit")
                .then().statusCode(HttpStatus.SC_OK).body("total", equalTo((int) trail.getLong("total")));
    }

    @Test
    void onlyOperatorsImport() {
        given().auth().oauth2(keycloak.accessToken("ubnd-halong")).contentType(ContentType.JSON).body(seedFile)
                .when().post("/api/v1/directory/import")
                .then().statusCode(HttpStatus.SC_FORBIDDEN);
    }

    @Test
    void fileWithAnUnknownGroupIsRefusedAndChangesNothing() {
        long outboxBefore = outboxRows();
        String file = """
                {"groups": [], "units": [{"code": "X-1", "name": "Đơn vị X", "kind": "PROVINCIAL_AGENCY", "groups": ["NOPE"]}]}""";

        given().auth().oauth2(keycloak.accessToken("operator")).contentType(ContentType.JSON).body(file)
                .when().post("/api/v1/directory/import")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", equalTo("Groups not defined in the file: NOPE"));

        assertThat(outboxRows()).isEqualTo(outboxBefore);
    }

    @Test
    void unitWithoutNameIsABadRequestNamingTheField() {
        String file = """
                {"groups": [], "units": [{"code": "X-1", "kind": "PROVINCIAL_AGENCY"}]}""";

        given().auth().oauth2(keycloak.accessToken("operator")).contentType(ContentType.JSON).body(file)
                .when().post("/api/v1/directory/import")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("units[0].name"));
    }

    private long outboxRows() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox_event").getSingleResult()).longValue());
    }

    private static List<ConsumerRecord<String, String>> since(List<ConsumerRecord<String, String>> records, Instant start) {
        return records.stream()
                .filter(r -> Instant.parse(CloudEventRecords.header(r.headers(), CloudEventHeaders.TIME)).isAfter(start))
                .toList();
    }
}

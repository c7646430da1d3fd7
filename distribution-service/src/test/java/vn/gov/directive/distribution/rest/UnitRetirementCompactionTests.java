package vn.gov.directive.distribution.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import vn.gov.directive.common.kafka.TopicsConfig;
import vn.gov.directive.events.CloudEventHeaders;
import vn.gov.directive.events.EventJson;
import vn.gov.directive.events.EventSchemas;
import vn.gov.directive.events.EventType;
import vn.gov.directive.events.Topics;
import vn.gov.directive.testsupport.CloudEventRecords;
import vn.gov.directive.testsupport.InjectKafkaCompanion;
import vn.gov.directive.testsupport.InjectKeycloak;
import vn.gov.directive.testsupport.KeycloakTokens;

/**
 * The directory survives compaction: after a unit is retired, the last record of every key on
 * the real directory-events carries the unit's whole state, so a copy built from only those
 * records (what compaction leaves) knows every unit, the retired one with its data. (Named to run
 * after DirectoryImportTests, which imports the seed into an empty directory first.)
 */
@QuarkusTest
class UnitRetirementCompactionTests {

    @InjectKeycloak
    KeycloakTokens keycloak;

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    TopicsConfig config;

    @Inject
    EntityManager entityManager;

    private final String retiring = "UBND-CU-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @Test
    void theLastRecordOfEveryKeyCarriesTheWholeUnitRetiredOnesIncluded() throws IOException {
        String seed = Files.readString(Path.of("../deploy/seed/units-quang-ninh-2024.json"));
        ObjectNode withExtra = (ObjectNode) EventJson.tree(seed);
        ((ArrayNode) withExtra.path("units")).addObject().put("code", retiring).put("name", "Ủy ban nhân dân huyện cũ")
                .put("kind", "DISTRICT_PC").put("email", retiring.toLowerCase() + "@quangninh.gov.vn").put("validFrom", "2001-01-01")
                .put("successor", "UBND-HALONG").putArray("groups").add("DISTRICT_PCS");
        importFile(EventJson.write(withExtra)).body("unitsRetired", equalTo(0));
        importFile(seed).body("unitsRetired", equalTo(1));

        List<String> codes = EventJson.tree(seed).path("units").findValuesAsText("code");
        ConsumerTask<String, String> topic = kafka.consumeStrings().fromTopics(config.topic(Topics.DIRECTORY_EVENTS));
        await().atMost(Duration.ofSeconds(60)).until(() -> topic.getRecords().stream()
                .anyMatch(r -> retiring.equals(r.key()) && EventType.UNIT_RETIRED.ceType().equals(type(r)))
                && topic.getRecords().stream().map(ConsumerRecord::key).toList().containsAll(codes));
        topic.stop();
        Map<String, ConsumerRecord<String, String>> lastPerKey = new LinkedHashMap<>();
        topic.getRecords().forEach(r -> lastPerKey.put(r.key(), r)); // one partition per key: the topic's order per key

        for (String code : codes) {
            JsonNode unit = EventJson.tree(lastPerKey.get(code).value());
            assertThat(unit.path("name").asText()).as(code).isNotBlank();
            assertThat(unit.path("kind").asText()).as(code).isNotBlank();
        }
        ConsumerRecord<String, String> last = lastPerKey.get(retiring);
        assertThat(type(last)).isEqualTo(EventType.UNIT_RETIRED.ceType());
        assertThat(EventSchemas.violations(EventType.UNIT_RETIRED, last.value())).isEmpty();
        JsonNode retired = EventJson.tree(last.value());
        assertThat(retired.path("name").asText()).isEqualTo("Ủy ban nhân dân huyện cũ");
        assertThat(retired.path("email").asText()).isEqualTo(retiring.toLowerCase() + "@quangninh.gov.vn");
        assertThat(retired.path("groups").get(0).asText()).isEqualTo("DISTRICT_PCS");
        assertThat(retired.path("validFrom").asText()).isEqualTo("2001-01-01");
        assertThat(retired.path("successor").asText()).isEqualTo("UBND-HALONG");
        assertThat(retired.path("validTo").asText())
                .isEqualTo(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1).toString());
    }

    /** Other tests count the seed's units: the extra one leaves the table (the topic keeps its records). */
    @AfterEach
    void removeTheExtraUnit() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("delete from unit where code = ?1")
                .setParameter(1, retiring).executeUpdate());
    }

    private io.restassured.response.ValidatableResponse importFile(String file) {
        return given().auth().oauth2(keycloak.accessToken("operator")).contentType(ContentType.JSON).body(file)
                .when().post("/api/v1/directory/import").then().statusCode(200);
    }

    private static String type(ConsumerRecord<String, String> record) {
        return CloudEventRecords.header(record.headers(), CloudEventHeaders.TYPE);
    }
}

package vn.gov.directive.directive.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import vn.gov.directive.common.kafka.TopicsConfig;
import vn.gov.directive.directive.Requests;
import vn.gov.directive.directive.TestDirectory;
import vn.gov.directive.events.EventType;
import vn.gov.directive.events.GroupUpserted;
import vn.gov.directive.events.Topics;
import vn.gov.directive.events.UnitUpserted;
import vn.gov.directive.testsupport.CloudEventRecords;
import vn.gov.directive.testsupport.InjectKafkaCompanion;
import vn.gov.directive.testsupport.InjectKeycloak;
import vn.gov.directive.testsupport.KeycloakTokens;

/**
 * Expansion never runs against a partial directory (without the check, a 10,000-unit group imported
 * and issued to at once gave 5,980 deliveries). A group published on the real directory-events, then
 * an issue to it at once: the answer is 503 with Retry-After that changed nothing, or the full count.
 */
@QuarkusTest
class DirectoryCompletenessTests {

    private static final int UNITS = 10_000;

    @InjectKeycloak
    KeycloakTokens keycloak;

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    TestDirectory directory;

    @Inject
    TopicsConfig config;

    @Inject
    EntityManager entityManager;

    @Test
    void anIssueDuringAnImportIsRefusedOrComplete() {
        directory.loadSeed();
        String group = "IMPORT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String topic = config.topic(Topics.DIRECTORY_EVENTS);
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        records.add(CloudEventRecords.record(topic, EventType.GROUP_UPSERTED, group, new GroupUpserted(group, "Nhóm nhập " + group),
                UUID.randomUUID()));
        for (int i = 1; i <= UNITS; i++) {
            String code = group.replace('_', '-') + "-" + i;
            records.add(CloudEventRecords.record(topic, EventType.UNIT_UPSERTED, code, new UnitUpserted(code, "Xã " + i, "COMMUNE_PC",
                    null, List.of(group), null, null, null), UUID.randomUUID()));
        }
        kafka.produce(String.class, String.class).fromRecords(records).awaitCompletion(Duration.ofSeconds(60));
        long directivesBefore = count();

        List<Integer> refusals = new ArrayList<>();
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Response response = issueTo(group);
            if (response.statusCode() == 503) {
                assertThat(response.contentType()).startsWith("application/problem+json");
                assertThat(response.header("Retry-After")).isNotBlank();
                assertThat(response.jsonPath().getString("type")).endsWith("/directory-incomplete");
                assertThat(count()).as("a refused issue stores nothing").isEqualTo(directivesBefore);
                refusals.add(503);
                return false;
            }
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
            assertThat(response.jsonPath().getInt("recipientCount")).isEqualTo(UNITS);
            return true;
        });
        given().when().get("/q/health/group/directory-replica").then().statusCode(200);
        org.jboss.logging.Logger.getLogger(DirectoryCompletenessTests.class)
                .infof("issue during a %d-unit import: %d refusals with 503 before the full expansion", UNITS, refusals.size());
    }

    private Response issueTo(String group) {
        ObjectNode request = Requests.seed();
        request.putArray("recipients").addObject().put("group", group).put("role", "ACTION");
        request.putArray("tasks");
        return given().auth().oauth2(keycloak.accessToken("stttt")).contentType(ContentType.JSON).body(Requests.json(request))
                .queryParam("issue", true).when().post("/api/v1/directives").andReturn();
    }

    private long count() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from directive").getSingleResult()).longValue());
    }
}

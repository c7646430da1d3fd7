package vn.gov.directive.directive.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.http.HttpStatus;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import vn.gov.directive.directive.Requests;
import vn.gov.directive.directive.TestDirectory;
import vn.gov.directive.events.CloudEventHeaders;
import vn.gov.directive.events.EventJson;
import vn.gov.directive.events.EventSchemas;
import vn.gov.directive.events.EventType;
import vn.gov.directive.testsupport.CloudEventRecords;
import vn.gov.directive.testsupport.InjectKafkaCompanion;
import vn.gov.directive.testsupport.InjectKeycloak;
import vn.gov.directive.testsupport.KeycloakTokens;

/** What reaches the real directive-events topic through the outbox: CloudEvents valid against the contract. */
@QuarkusTest
class DirectiveEventsTests {

    private static final String TOPIC = org.eclipse.microprofile.config.ConfigProvider.getConfig().getOptionalValue("platform.topics.prefix", String.class).orElse("test-directive.") + "directive-events";
    private static final String DIRECTIVES = "/api/v1/directives";

    @InjectKeycloak
    KeycloakTokens keycloak;

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    TestDirectory directory;

    @BeforeEach
    void seedDirectory() {
        directory.loadSeed();
    }

    @Test
    void issuingTheSeedPublishesDirectiveIssuedWithExpandedRecipientsAndTasks() {
        ConsumerTask<String, String> topic = kafka.consumeStrings().fromTopics(TOPIC);
        String id = issue(Requests.seed());

        ConsumerRecord<String, String> record = awaitEvent(topic, id, EventType.DIRECTIVE_ISSUED);

        assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/directive-service");
        assertThat(header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id);
        assertThat(header(record, CloudEventHeaders.ID)).isNotBlank();
        assertThat(Instant.parse(header(record, CloudEventHeaders.TIME))).isBefore(Instant.now().plusSeconds(1));
        assertThat(EventSchemas.violations(EventType.DIRECTIVE_ISSUED, record.value())).isEmpty();
        JsonNode event = EventJson.tree(record.value());
        assertThat(event.path("recipients")).hasSize(38);
        assertThat(event.path("issuerName").asText()).isEqualTo("Sở Thông tin và Truyền thông");
        assertThat(event.path("number").asText()).endsWith("/STTTT-TTBCXB");
        assertThat(event.path("document").path("signerName").asText()).isEqualTo("Nguyễn Thanh Trà");
        assertThat(event.path("tasks").get(0).path("assignees")).hasSize(20); // PROVINCIAL_AGENCIES without STTTT
        assertThat(event.path("tasks").get(1).path("assignees").get(0).asText()).isEqualTo("TTTT-TINH");
        assertThat(event.path("tasks").get(2).path("assignees")).hasSize(13);
        assertThat(event.path("tasks").get(2).path("reportFields").get(1).path("key").asText()).isEqualTo("people_reached");
        topic.stop();
    }

    @Test
    void amendAndRecallFollowOnTheSameKeyInOrder() {
        ConsumerTask<String, String> topic = kafka.consumeStrings().fromTopics(TOPIC);
        String id = issue(Requests.seed());
        given().auth().oauth2(keycloak.accessToken("stttt")).contentType(ContentType.JSON)
                .body("{\"body\": \"Nội dung sửa đổi\", \"changeSummary\": \"Sửa nội dung\"}")
                .when().post(DIRECTIVES + "/" + id + "/amend").then().statusCode(HttpStatus.SC_OK);
        given().auth().oauth2(keycloak.accessToken("stttt")).contentType(ContentType.JSON)
                .body("{\"reason\": \"Thu hồi để ban hành lại\"}")
                .when().post(DIRECTIVES + "/" + id + "/recall").then().statusCode(HttpStatus.SC_OK);

        ConsumerRecord<String, String> recalled = awaitEvent(topic, id, EventType.DIRECTIVE_RECALLED);
        List<ConsumerRecord<String, String>> mine = topic.getRecords().stream().filter(r -> id.equals(r.key())).toList();
        assertThat(mine).extracting(r -> header(r, CloudEventHeaders.TYPE)).containsExactly(
                EventType.DIRECTIVE_ISSUED.ceType(), EventType.DIRECTIVE_AMENDED.ceType(), EventType.DIRECTIVE_RECALLED.ceType());
        assertThat(mine).extracting(ConsumerRecord::partition).containsOnly(recalled.partition());
        ConsumerRecord<String, String> amended = mine.get(1);
        assertThat(EventSchemas.violations(EventType.DIRECTIVE_AMENDED, amended.value())).isEmpty();
        assertThat(EventJson.tree(amended.value()).path("version").asInt()).isEqualTo(2);
        assertThat(EventJson.tree(amended.value()).path("document").path("body").asText()).isEqualTo("Nội dung sửa đổi");
        assertThat(EventSchemas.violations(EventType.DIRECTIVE_RECALLED, recalled.value())).isEmpty();
        assertThat(EventJson.tree(recalled.value()).path("reason").asText()).isEqualTo("Thu hồi để ban hành lại");
        topic.stop();
    }

    @Test
    void aDirectiveToTenThousandUnitsIsPublishedAsOneEvent() {
        String group = directory.newGroup(10_000);
        ObjectNode request = Requests.seed();
        request.putArray("recipients").addObject().put("group", group).put("role", "ACTION");
        request.putArray("tasks").addObject().put("title", "Báo cáo kết quả").putArray("assignees").addObject().put("group", group);
        ConsumerTask<String, String> topic = kafka.consumeStrings().fromTopics(TOPIC);

        Instant start = Instant.now();
        String id = issue(request);
        Duration issuing = Duration.between(start, Instant.now());

        ConsumerRecord<String, String> record = awaitEvent(topic, id, EventType.DIRECTIVE_ISSUED);
        Duration published = Duration.between(start, Instant.now());
        assertThat(EventSchemas.violations(EventType.DIRECTIVE_ISSUED, record.value())).isEmpty();
        JsonNode event = EventJson.tree(record.value());
        assertThat(event.path("recipients")).hasSize(10_000);
        assertThat(event.path("tasks").get(0).path("assignees")).hasSize(10_000);
        org.jboss.logging.Logger.getLogger(DirectiveEventsTests.class).infof(
                "10,000-recipient directive: issued in %d ms, on the topic after %d ms, payload %d bytes",
                issuing.toMillis(), published.toMillis(), record.serializedValueSize());
        topic.stop();
    }

    private String issue(ObjectNode request) {
        return given().auth().oauth2(keycloak.accessToken("stttt")).contentType(ContentType.JSON).body(Requests.json(request))
                .queryParam("issue", true)
                .when().post(DIRECTIVES)
                .then().statusCode(HttpStatus.SC_CREATED).extract().path("id");
    }

    private static ConsumerRecord<String, String> awaitEvent(ConsumerTask<String, String> topic, String key, EventType type) {
        await().atMost(Duration.ofSeconds(60)).until(() -> find(topic, key, type) != null);
        return find(topic, key, type);
    }

    private static ConsumerRecord<String, String> find(ConsumerTask<String, String> topic, String key, EventType type) {
        return topic.getRecords().stream()
                .filter(r -> key.equals(r.key()) && type.ceType().equals(header(r, CloudEventHeaders.TYPE)))
                .findFirst().orElse(null);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return CloudEventRecords.header(record.headers(), name);
    }
}

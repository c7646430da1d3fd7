package vn.gov.directive.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.http.HttpStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Scenario 6: distribution-service is restarted while it fans a directive out to 2,000 units;
 * afterwards every unit has exactly one delivery, and reporting counts each exactly once.
 */
class RestartDuringFanOutIT {

    private static final int UNITS = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SEED_DIRECTORY = Path.of("../deploy/seed/units-quang-ninh-2024.json");

    @Test
    void aRestartInTheMiddleOfAFanOutLosesNothingAndDoublesNothing() throws Exception {
        String group = "E2E_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long directoryEventsBefore = directoryEventsPublished();
        long changes = importDirectory(withSyntheticUnits(group));
        // The operator's view (reporting /ops) shows when directive-service has read the whole
        // new directory: its committed offsets on directory-events pass every change just published.
        await().atMost(Duration.ofSeconds(120)).until(() -> directiveServiceRead() >= directoryEventsBefore + changes);

        ObjectNode directive = Platform.seedDirective(Instant.now().plus(7, ChronoUnit.DAYS));
        ArrayNode recipients = directive.putArray("recipients");
        recipients.addObject().put("group", group).put("role", "ACTION");
        directive.putArray("tasks");
        String directiveId = Platform.asDocumentSystem().body(directive.toString())
                .when().post(Platform.DIRECTIVES + "/api/v1/directives?issue=true")
                .then().statusCode(org.hamcrest.Matchers.oneOf(HttpStatus.SC_OK, HttpStatus.SC_CREATED))
                .body("recipientCount", org.hamcrest.Matchers.equalTo(UNITS))
                .extract().path("id");

        restart("distribution-service");

        await().atMost(Duration.ofSeconds(180)).untilAsserted(() -> assertThat(Platform.as("operator")
                .queryParam("directiveId", directiveId).queryParam("size", 1)
                .when().get(Platform.DISTRIBUTION + "/api/v1/deliveries")
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath().getInt("total")).isEqualTo(UNITS));
        await().atMost(Duration.ofSeconds(180)).untilAsserted(() -> {
            JsonPath compliance = Platform.as("operator").when().get(Platform.REPORTING + "/api/v1/compliance/" + directiveId)
                    .then().statusCode(HttpStatus.SC_OK).extract().jsonPath();
            assertThat(compliance.getInt("recipients")).isEqualTo(UNITS);
            assertThat(compliance.getInt("delivered")).isEqualTo(UNITS);
        });
    }

    /** The seed directory again: the synthetic units are retired, the directory is as `up` left it. */
    @AfterAll
    static void restoreTheSeedDirectory() throws IOException {
        importDirectory(Files.readString(SEED_DIRECTORY));
    }

    private static String withSyntheticUnits(String group) throws IOException {
        ObjectNode directory = (ObjectNode) JSON.readTree(Files.readString(SEED_DIRECTORY));
        ((ArrayNode) directory.get("groups")).addObject().put("code", group).put("name", "Nhóm kiểm thử khởi động lại");
        ArrayNode units = (ArrayNode) directory.get("units");
        for (int i = 1; i <= UNITS; i++) {
            String code = group.replace('_', '-') + "-" + i;
            ObjectNode unit = units.addObject();
            unit.put("code", code).put("name", "Đơn vị thử nghiệm " + i).put("kind", "COMMUNE_PC")
                    .put("email", code.toLowerCase() + "@e2e.example");
            unit.putArray("groups").add(group);
        }
        return directory.toString();
    }

    private static long directoryEventsPublished() {
        List<Map<String, Object>> topics = Platform.as("operator").queryParam("prefix", "directory-events")
                .when().get(Platform.REPORTING + "/api/v1/ops/topics")
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath().getList("findAll { it.topic == 'directory-events' }.partitions.flatten()");
        return topics.stream().mapToLong(p -> ((Number) p.get("endOffset")).longValue()).sum();
    }

    /** @return -1 while the operations view answers 503 (the broker did not answer it in time: ask again) */
    private static long directiveServiceRead() {
        Response groups = Platform.as("operator").when().get(Platform.REPORTING + "/api/v1/ops/consumer-groups");
        if (groups.statusCode() == HttpStatus.SC_SERVICE_UNAVAILABLE) {
            return -1;
        }
        List<Map<String, Object>> partitions = groups.then().statusCode(HttpStatus.SC_OK).extract().jsonPath()
                .getList("findAll { it.groupId == 'directive-service' }.partitions.flatten().findAll { it.topic == 'directory-events' }");
        return partitions.stream().mapToLong(p -> ((Number) p.get("committedOffset")).longValue()).sum();
    }

    /** @return how many directory events the import published */
    private static long importDirectory(String file) {
        JsonPath changes = Platform.as("operator").body(file)
                .when().post(Platform.DISTRIBUTION + "/api/v1/directory/import")
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath();
        return changes.getLong("unitsUpserted") + changes.getLong("groupsUpserted") + changes.getLong("unitsRetired");
    }

    private static void restart(String service) throws IOException, InterruptedException {
        Process restart = new ProcessBuilder("bash", "deploy/local/platform", "restart", service)
                .directory(new File(".."))
                .redirectErrorStream(true)
                .redirectOutput(new File("target/restart-" + service + ".log"))
                .start();
        assertThat(restart.waitFor(300, TimeUnit.SECONDS)).as("restart finished").isTrue();
        assertThat(restart.exitValue()).as("restart of %s (see e2e/target/restart-%s.log)", service, service).isZero();
    }
}

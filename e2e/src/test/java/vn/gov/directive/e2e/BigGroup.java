package vn.gov.directive.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.http.HttpStatus;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * One group of 2,000 synthetic units, imported into the directory once for the whole run and
 * shared by every scenario that needs a large fan-out (importing it is the slow part). The seed
 * directory is imported again when the run ends (the synthetic units are then retired), so the
 * directory is as `up` left it. Use with {@code @ExtendWith(BigGroup.Import.class)} and {@link #get()}.
 */
final class BigGroup {

    static final int UNITS = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SEED_DIRECTORY = Path.of("../deploy/seed/units-quang-ninh-2024.json");
    private static volatile BigGroup current;

    final String code;
    final List<String> units;

    private BigGroup(String code) {
        this.code = code;
        this.units = IntStream.rangeClosed(1, UNITS).mapToObj(i -> code.replace('_', '-') + "-" + i).toList();
    }

    static BigGroup get() {
        if (current == null) {
            throw new IllegalStateException("the test class needs @ExtendWith(BigGroup.Import.class)");
        }
        return current;
    }

    /** The mail address of a synthetic unit. */
    static String address(String unit) {
        return unit.toLowerCase() + "@e2e.example";
    }

    /** Imports the group before the first class that needs it; the run's end restores the seed directory. */
    static final class Import implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(BigGroup.class, key -> new Imported(), Imported.class);
        }
    }

    private static final class Imported implements ExtensionContext.Store.CloseableResource {
        Imported() {
            BigGroup group = new BigGroup("E2E_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
            long before = directoryEventsPublished();
            long changes = importDirectory(group.directory());
            // The operator's view (reporting /ops) shows when directive-service has read the whole
            // new directory: its committed offsets on directory-events pass every change just published.
            await().atMost(Duration.ofSeconds(180)).until(() -> directiveServiceRead() >= before + changes);
            current = group;
        }

        @Override
        public void close() throws IOException {
            current = null;
            importDirectory(Files.readString(SEED_DIRECTORY));
        }
    }

    private String directory() {
        try {
            ObjectNode directory = (ObjectNode) JSON.readTree(Files.readString(SEED_DIRECTORY));
            ((ArrayNode) directory.get("groups")).addObject().put("code", code).put("name", "Nhóm kiểm thử 2.000 đơn vị");
            ArrayNode list = (ArrayNode) directory.get("units");
            for (int i = 0; i < units.size(); i++) {
                ObjectNode unit = list.addObject();
                unit.put("code", units.get(i)).put("name", "Đơn vị thử nghiệm " + (i + 1)).put("kind", "COMMUNE_PC")
                        .put("email", address(units.get(i)));
                unit.putArray("groups").add(code);
            }
            return directory.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long directoryEventsPublished() {
        List<Map<String, Object>> topics = Platform.as("operator").queryParam("prefix", "directory-events")
                .when().get(Platform.REPORTING + "/api/v1/ops/topics")
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath()
                .getList("findAll { it.topic == 'directory-events' }.partitions.flatten()");
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
}

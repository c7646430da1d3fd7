package vn.gov.directive.directive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import vn.gov.directive.common.directory.ReplicaUnit;
import vn.gov.directive.events.EventJson;
import vn.gov.directive.events.GroupUpserted;

/** The project's seed files (deploy/seed), read as the tests need them. */
public final class SeedFiles {

    public static final Path SEED = Path.of("../deploy/seed");

    private SeedFiles() {
    }

    public static String directiveJson() {
        return read("directive-STTTT-2024-04.json");
    }

    public static JsonNode directive() {
        return EventJson.tree(directiveJson());
    }

    /** The units of the seed directory; their own validity only (the file's validFrom/validTo describe the snapshot). */
    public static List<ReplicaUnit> units() {
        List<ReplicaUnit> units = new ArrayList<>();
        for (JsonNode unit : EventJson.tree(read("units-quang-ninh-2024.json")).path("units")) {
            List<String> groups = new ArrayList<>();
            unit.path("groups").forEach(g -> groups.add(g.asText()));
            units.add(new ReplicaUnit(unit.path("code").asText(), unit.path("name").asText(), unit.path("kind").asText(),
                    unit.path("email").asText(null), groups, date(unit, "validFrom"), date(unit, "validTo"),
                    unit.path("successor").asText(null)));
        }
        return units;
    }

    public static List<GroupUpserted> groups() {
        List<GroupUpserted> groups = new ArrayList<>();
        for (JsonNode group : EventJson.tree(read("units-quang-ninh-2024.json")).path("groups")) {
            groups.add(new GroupUpserted(group.path("code").asText(), group.path("name").asText()));
        }
        return groups;
    }

    private static LocalDate date(JsonNode unit, String field) {
        return unit.hasNonNull(field) ? LocalDate.parse(unit.get(field).asText()) : null;
    }

    private static String read(String name) {
        try {
            return Files.readString(SEED.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

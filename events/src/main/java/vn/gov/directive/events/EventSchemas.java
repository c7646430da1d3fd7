package vn.gov.directive.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** Checks a payload against the JSON Schema of its event type: the contract of DESIGN §3. */
public final class EventSchemas {

    private static final Map<EventType, JsonSchema> SCHEMAS = load();

    private EventSchemas() {
    }

    /** The contract's complaints about this payload; empty when it conforms. */
    public static List<String> violations(EventType type, String json) {
        return violations(type, EventJson.tree(json));
    }

    public static List<String> violations(EventType type, JsonNode payload) {
        return SCHEMAS.get(type).validate(payload).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static Map<EventType, JsonSchema> load() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        Map<EventType, JsonSchema> schemas = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
                if (in == null) {
                    throw new IllegalStateException("No JSON Schema for " + type.ceType() + " at " + type.schemaResource());
                }
                schemas.put(type, factory.getSchema(EventJson.mapper().readTree(in)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schemas;
    }
}

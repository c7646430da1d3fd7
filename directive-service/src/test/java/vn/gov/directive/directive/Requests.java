package vn.gov.directive.directive;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.gov.directive.events.EventJson;

/** Request bodies for the tests, built from the seed directive; each has its own externalRef. */
public final class Requests {

    private Requests() {
    }

    /** The seed directive as the document system sends it, with a fresh externalRef. */
    public static ObjectNode seed() {
        ObjectNode request = (ObjectNode) SeedFiles.directive();
        request.put("externalRef", "QLVB-TEST-" + UUID.randomUUID());
        return request;
    }

    /** The seed directive from another issuer to the given units (with a future deadline). */
    public static ObjectNode from(String issuer, String... units) {
        ObjectNode request = seed();
        request.put("issuer", issuer);
        request.put("symbol", issuer + "-VP");
        request.put("deadline", Instant.now().plusSeconds(30 * 86_400).toString());
        request.putArray("tasks");
        var recipients = request.putArray("recipients");
        for (String unit : units) {
            recipients.addObject().put("unit", unit).put("role", "ACTION");
        }
        return request;
    }

    public static String json(Object node) {
        return EventJson.write(node);
    }
}

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Gives the services run in %prod their own confidential client: a copy of the realm's client
 * "portal" (same redirects, mappers and scopes) under another id, with the secret generated into
 * .platform/secrets.env. The realm's "portal" keeps its published demo secret for dev mode and the
 * test suites. Replaces an earlier copy, so a changed realm file is followed.
 *
 * Usage: CLIENT_SECRET=... java -cp JACKSON KeycloakPortalClient.java KEYCLOAK_URL ADMIN ADMIN_PASSWORD REALM SOURCE_CLIENT TARGET_CLIENT
 * (the secret in the environment, not on a command line others could read).
 */
public class KeycloakPortalClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        String secret = System.getenv("CLIENT_SECRET");
        if (args.length != 6 || secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("usage: CLIENT_SECRET=... KEYCLOAK_URL ADMIN ADMIN_PASSWORD REALM SOURCE_CLIENT TARGET_CLIENT");
        }
        String url = args[0], realm = args[3], source = args[4], target = args[5];
        String token = JSON.readTree(send(HttpRequest.newBuilder(URI.create(url + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=" + encode(args[1])
                        + "&password=" + encode(args[2]))), 200)).get("access_token").asText();
        String clients = url + "/admin/realms/" + realm + "/clients";

        JsonNode copy = client(clients, source, token);
        if (copy == null) {
            throw new IllegalStateException("realm " + realm + " has no client " + source);
        }
        JsonNode old = client(clients, target, token);
        if (old != null) {
            send(authorized(clients + "/" + old.get("id").asText(), token).DELETE(), 204);
        }
        ObjectNode created = (ObjectNode) copy.deepCopy();
        created.remove("id");
        created.put("clientId", target);
        created.put("name", copy.path("name").asText(source) + " (" + target + ")");
        created.put("secret", secret);
        created.path("protocolMappers").forEach(mapper -> ((ObjectNode) mapper).remove("id"));
        send(authorized(clients, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(created))), 201);

        JsonNode made = client(clients, target, token);
        String stored = JSON.readTree(send(authorized(clients + "/" + made.get("id").asText() + "/client-secret", token).GET(), 200))
                .path("value").asText();
        if (!secret.equals(stored)) {
            throw new IllegalStateException("Keycloak did not keep the generated secret of client " + target);
        }
        System.out.println("client " + target + " of realm " + realm + " copied from " + source + " with the generated secret");
    }

    private static JsonNode client(String clients, String clientId, String token) throws Exception {
        JsonNode found = JSON.readTree(send(authorized(clients + "?clientId=" + encode(clientId), token).GET(), 200));
        return found.isArray() && found.size() > 0 ? found.get(0) : null;
    }

    private static HttpRequest.Builder authorized(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token);
    }

    private static String send(HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package vn.gov.directive.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Real Keycloak tokens: the platform-cli password grant for people (unit officers, the operator),
 * client credentials for the document system. Each is reused until two thirds of its life has
 * passed, so a long run never sends an expired one.
 */
final class Tokens {

    private record Token(String value, long renewAtNanos) {
    }

    private final Api api;
    private final BenchConfig config;
    private final Map<String, Token> cache = new ConcurrentHashMap<>();

    Tokens(Api api, BenchConfig config) {
        this.api = api;
        this.config = config;
    }

    /** A person of the demo realm (user name = unit code in lower case, password demo). */
    String user(String username) {
        return cached("user:" + username, () -> form("grant_type", "password", "client_id", "platform-cli",
                "username", username, "password", config.userPassword()));
    }

    String operator() {
        return user("operator");
    }

    /** The document system's service account (role integration): issues for any issuer. */
    String documentSystem() {
        return cached("client:document-system", () -> form("grant_type", "client_credentials",
                "client_id", config.documentSystemClient(), "client_secret", config.documentSystemSecret()));
    }

    private String cached(String key, java.util.function.Supplier<String> form) {
        Token token = cache.get(key);
        if (token == null || System.nanoTime() > token.renewAtNanos()) {
            token = fetch(key, form.get());
            cache.put(key, token);
        }
        return token.value();
    }

    private Token fetch(String key, String form) {
        Api.Reply reply = Api.expectOk(api.postForm(config.tokenUrl(), form), "token for " + key);
        JsonNode json = reply.json();
        long lifeSeconds = json.path("expires_in").asLong(60);
        return new Token(json.path("access_token").asText(), System.nanoTime() + lifeSeconds * 2 / 3 * 1_000_000_000L);
    }

    private static String form(String... pairs) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (form.length() > 0) {
                form.append('&');
            }
            form.append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }
}

package vn.gov.directive.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Real access tokens from Keycloak: a demo user's through the public client platform-cli
 * (password grant), a service account's through client credentials. Tokens are cached per user
 * for the run (the realm gives them 30 minutes).
 */
public class KeycloakTokens {

    public static final String DEMO_PASSWORD = "demo";
    public static final String DOCUMENT_SYSTEM = "document-system";
    public static final String DOCUMENT_SYSTEM_SECRET = "document-system-secret";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String realmUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public KeycloakTokens(String realmUrl) {
        this.realmUrl = realmUrl;
    }

    /** A demo user's token: units are their code in lower case, plus stttt, operator and auditor. */
    public String accessToken(String username) {
        return cache.computeIfAbsent("user:" + username, key -> token(Map.of("grant_type", "password",
                "client_id", "platform-cli", "username", username, "password", DEMO_PASSWORD)));
    }

    /** A demo user's ID token (scope openid): signed by the realm, yet no access token, so every service refuses it as a bearer token. */
    public String idToken(String username) {
        return cache.computeIfAbsent("id:" + username, key -> token(Map.of("grant_type", "password", "client_id", "platform-cli",
                "username", username, "password", DEMO_PASSWORD, "scope", "openid"), "id_token"));
    }

    /**
     * A demo user's access token from the realm's built-in client admin-cli, which has no audience
     * mapper: a real access token of the realm, issued for another audience than the platform's.
     */
    public String accessTokenForAnotherAudience(String username) {
        return cache.computeIfAbsent("other:" + username, key -> token(Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", username, "password", DEMO_PASSWORD)));
    }

    /** The provincial document system's service account (role integration). */
    public String documentSystemToken() {
        return cache.computeIfAbsent("client:" + DOCUMENT_SYSTEM, key -> token(Map.of("grant_type", "client_credentials",
                "client_id", DOCUMENT_SYSTEM, "client_secret", DOCUMENT_SYSTEM_SECRET)));
    }

    void awaitRealm() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(realmUrl + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak answered " + response.statusCode() + " for " + realmUrl);
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("No Keycloak realm at " + realmUrl
                    + ": run the tests with 'deploy/local/platform test', which starts it", e);
        }
    }

    private String token(Map<String, String> form) {
        return token(form, "access_token");
    }

    private String token(Map<String, String> form, String which) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(20))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token (" + response.statusCode() + "): " + response.body());
            }
            JsonNode json = JSON.readTree(response.body());
            return json.get(which).asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package vn.gov.directive.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads what the real SMTP server received, through GreenMail's HTTP API. */
public class GreenMailClient {

    /** A received mail: its subject and the raw MIME text (headers, HTML and plain-text parts). */
    public record Mail(String subject, String mimeMessage) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String api;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public GreenMailClient(String api) {
        this.api = api;
    }

    /** Mail in an address's inbox; none when the address never got any. */
    public List<Mail> inbox(String address) {
        HttpResponse<String> response = get("/api/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX/");
        if (response.statusCode() == 404 || response.statusCode() == 400) {
            return List.of();
        }
        try {
            List<Mail> mails = new ArrayList<>();
            for (JsonNode message : JSON.readTree(response.body())) {
                mails.add(new Mail(message.path("subject").asText(), message.path("mimeMessage").asText()));
            }
            return mails;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    void awaitReady() {
        HttpResponse<String> response = get("/api/service/readiness");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GreenMail at " + api + " is not ready: " + response.statusCode());
        }
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("No GreenMail at " + api + ": run the tests with 'deploy/local/platform test'", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

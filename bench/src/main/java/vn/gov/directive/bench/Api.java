package vn.gov.directive.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.directive.events.EventJson;

/**
 * The platform's HTTP APIs as the benchmark calls them: one shared client (HTTP/1.1, so that
 * each worker thread keeps its own connection), JSON bodies, bearer tokens, and the time each
 * exchange took, body read included.
 */
final class Api {

    static final ObjectMapper JSON = EventJson.mapper();

    private final HttpClient client;
    private final Duration timeout;

    Api(Duration timeout) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.timeout = timeout;
    }

    /** An answer: status, body and the nanoseconds from sending to having the whole body. */
    record Reply(int status, String body, long nanos) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (HTTP " + status + "): " + abbreviated(), e);
            }
        }

        String abbreviated() {
            return body.length() > 500 ? body.substring(0, 500) + "..." : body;
        }
    }

    Reply get(String url, String token) {
        return send(request(url, token).GET().build());
    }

    Reply delete(String url) {
        return send(request(url, null).DELETE().build());
    }

    Reply post(String url, String token, Object body) {
        String json = body == null ? "" : body instanceof String text ? text : write(body);
        return send(request(url, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Reply postForm(String url, String form) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** Like {@link #get} but fails on anything but 2xx. */
    JsonNode getJson(String url, String token) {
        return expectOk(get(url, token), "GET " + url).json();
    }

    static Reply expectOk(Reply reply, String what) {
        if (!reply.ok()) {
            throw new IllegalStateException(what + " answered HTTP " + reply.status() + ": " + reply.abbreviated());
        }
        return reply;
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String url, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Reply send(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), System.nanoTime() - start);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}

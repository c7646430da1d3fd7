package vn.gov.directive.reporting.ops;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.directive.common.outbox.ParkedRow;
import vn.gov.directive.common.rest.Page;

/**
 * The parked outbox rows of every publishing service, for the operations view. Each service owns
 * its outbox (DESIGN §2: no service reads another's tables), so this asks each one's
 * {@code GET /api/v1/outbox/parked} over HTTP with the operator's own token: the service decides
 * who may read, and an unreachable service shows as such instead of failing the whole view.
 */
@ApplicationScoped
public class ParkedOutboxes {

    /** One service's parked rows, or why they could not be read. */
    public record ServiceParked(String service, URI baseUrl, long total, List<ParkedRow> rows, String error) {
    }

    private static final TypeReference<Page<ParkedRow>> PAGE = new TypeReference<>() {
    };

    @Inject
    ParkedOutboxesConfig config;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().build();

    public List<ServiceParked> read(String bearerToken) {
        return new TreeMap<>(config.services()).entrySet().stream().map(e -> read(e, bearerToken)).toList();
    }

    private ServiceParked read(Map.Entry<String, URI> service, String bearerToken) {
        URI uri = service.getValue().resolve("/api/v1/outbox/parked?size=" + config.limit());
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(config.timeout())
                    .header("Authorization", "Bearer " + bearerToken).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return failed(service, "HTTP " + response.statusCode());
            }
            Page<ParkedRow> page = json.readValue(response.body(), PAGE);
            return new ServiceParked(service.getKey(), service.getValue(), page.total(), page.items(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(service, "interrupted");
        } catch (Exception e) {
            return failed(service, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private static ServiceParked failed(Map.Entry<String, URI> service, String why) {
        return new ServiceParked(service.getKey(), service.getValue(), 0, List.of(), why);
    }
}

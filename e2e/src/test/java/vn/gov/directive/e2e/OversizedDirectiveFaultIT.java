package vn.gov.directive.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.apache.http.HttpStatus;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.response.Response;

/**
 * A directive whose events could not be published (about 8.7 MB of Vietnamese text in its body,
 * over the producer's 8 MiB max.request.size) is refused at the door: 413, problem+json naming
 * the limit, nothing stored (the same externalRef then creates a directive, 201, not a repeat of
 * a stored one), and that next directive flows to its 2,000 units.
 * Run alone: mvn -Pe2e -pl e2e verify -Dit.test=OversizedDirectiveFaultIT
 */
class OversizedDirectiveFaultIT extends FaultScenario {

    @Test
    void anOversizedDirectiveIsRefusedBeforeAnythingIsStoredAndTheNextOneFlows() {
        ObjectNode oversized = FanOut.directive(BigGroup.get());
        oversized.put("body", vietnameseText(8_700_000));
        String externalRef = oversized.get("externalRef").asText();
        Instant sent = Instant.now();
        Response refusal = Platform.asDocumentSystem().body(oversized.toString())
                .when().post(Platform.DIRECTIVES + "/api/v1/directives?issue=true")
                .then().statusCode(HttpStatus.SC_REQUEST_TOO_LONG)
                .contentType(Matchers.startsWith("application/problem+json"))
                .body("status", Matchers.equalTo(HttpStatus.SC_REQUEST_TOO_LONG))
                .extract().response();
        assertThat(Duration.between(sent, Instant.now())).as("refused fast").isLessThan(Duration.ofSeconds(15));
        assertThat(refusal.jsonPath().getString("detail")).as("the problem names the limit").containsPattern("\\d");

        ObjectNode next = FanOut.directive(BigGroup.get());
        next.put("externalRef", externalRef);
        fanOut = FanOut.issue(BigGroup.get(), Platform.asDocumentSystem(), next, HttpStatus.SC_CREATED);
        fanOut.settle("OversizedDirectiveFaultIT", "an 8.7 MB directive refused (413), then a directive with its externalRef",
                sent, 0);
    }

    /**
     * Vietnamese text of at least the given number of UTF-8 bytes, within the body's 5,000,000
     * characters of the contract (a longer body is a 400 of its own): letters of three bytes each.
     */
    private static String vietnameseText(int bytes) {
        return "Nội dung: " + "ộ".repeat(bytes / 3 + 1);
    }
}

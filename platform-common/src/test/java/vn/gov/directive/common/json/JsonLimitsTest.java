package vn.gov.directive.common.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class JsonLimitsTest {

    private final ObjectMapper mapper = new ObjectMapper();

    {
        new JsonLimits().customize(mapper);
    }

    @Test
    void aMillionNestedArraysAreRefusedAtTheFirstLevelPastTheLimit() {
        String hostile = "[".repeat(1_000_000) + "]".repeat(1_000_000);
        Instant start = Instant.now();
        assertThatThrownBy(() -> mapper.readTree(hostile)).isInstanceOf(StreamConstraintsException.class)
                .hasMessageContaining("nesting depth");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void aRequestOfOrdinaryDepthIsRead() throws Exception {
        String nested = "{\"a\":".repeat(JsonLimits.MAX_NESTING_DEPTH - 1) + "1" + "}".repeat(JsonLimits.MAX_NESTING_DEPTH - 1);
        JsonNode tree = mapper.readTree(nested);
        assertThat(tree.get("a")).isNotNull();
    }

    @Test
    void aNumberOfAThousandDigitsIsRefused() {
        assertThatThrownBy(() -> mapper.readTree("{\"n\": " + "9".repeat(1000) + "}")).isInstanceOf(StreamConstraintsException.class);
    }
}

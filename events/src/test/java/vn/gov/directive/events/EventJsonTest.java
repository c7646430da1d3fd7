package vn.gov.directive.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class EventJsonTest {

    @Test
    void instantsTravelWithMicrosecondPrecision() {
        Instant at = Instant.parse("2026-11-29T03:22:57.127021556Z");
        DeliveryTransition transition = new DeliveryTransition(UUID.randomUUID(), UUID.randomUUID(), 1, "UBND-BACHE",
                DeliveryStatus.DELIVERED, DeliveryStatus.ACKNOWLEDGED, "ubnd-bache", at, null, null, null, null, 2);

        String json = EventJson.write(transition);

        assertThat(json).contains("\"at\":\"2026-11-29T03:22:57.127021Z\"");
        assertThat(EventJson.read(json, DeliveryTransition.class).at()).isEqualTo(Instant.parse("2026-11-29T03:22:57.127021Z"));
    }
}

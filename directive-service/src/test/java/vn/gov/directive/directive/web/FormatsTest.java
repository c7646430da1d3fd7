package vn.gov.directive.directive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void timesAreShownInVietnamTime() {
        assertThat(Formats.time(Instant.parse("2026-12-31T17:30:00Z"))).isEqualTo("01/01/2027 00:30");
        assertThat(Formats.time(null)).isEmpty();
    }

    @Test
    void whatTheClerkTypesIsVietnamTimeWithOrWithoutLeadingZeros() {
        Instant fivePm = Instant.parse("2026-12-05T10:00:00Z");
        assertThat(Formats.parse("05/12/2026 17:00")).contains(fivePm);
        assertThat(Formats.parse(" 5/12/2026 17:00 ")).contains(fivePm);
        assertThat(Formats.parse("2026-12-05T17:00")).contains(fivePm);
        assertThat(Formats.parse("31/02/2026 17:00")).isEmpty();
        assertThat(Formats.parse("ngày mai")).isEmpty();
    }
}

package vn.gov.directive.common.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RefusalLineTest {

    @Test
    void onlyUnauthenticatedForbiddenAndHiddenAnswersAreRefusals() {
        assertThat(RefusalLine.isRefusal(401, false)).isTrue();
        assertThat(RefusalLine.isRefusal(403, false)).isTrue();
        assertThat(RefusalLine.isRefusal(404, true)).isTrue();
        assertThat(RefusalLine.isRefusal(404, false)).isFalse();
        assertThat(RefusalLine.isRefusal(200, false)).isFalse();
        assertThat(RefusalLine.isRefusal(400, false)).isFalse();
    }

    @Test
    void theLineNamesUserUnitMethodPathAndOutcome() {
        assertThat(new RefusalLine(404, true, "ubnd-halong", "UBND-HALONG", "GET", "/api/v1/deliveries/42").text())
                .isEqualTo("refused status=404 outcome=hidden-not-found user=ubnd-halong unit=UBND-HALONG method=GET path=/api/v1/deliveries/42");
        assertThat(new RefusalLine(401, false, null, null, "GET", "/api/v1/inbox").text())
                .isEqualTo("refused status=401 outcome=unauthenticated user=- unit=- method=GET path=/api/v1/inbox");
    }

    @Test
    void aCraftedValueCannotForgeAnotherLineOrField() {
        String line = new RefusalLine(403, false, "x\nrefused status=200", "a b", "GET", "/p\r\n\"q\"").text();
        assertThat(line).doesNotContain("\n").doesNotContain("\r")
                .contains("user=\"xrefused status=200\"").contains("unit=\"a b\"").contains("path=\"/p\\\"q\\\"\"");
    }
}

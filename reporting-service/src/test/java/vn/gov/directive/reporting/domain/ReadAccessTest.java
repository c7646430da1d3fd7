package vn.gov.directive.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.gov.directive.common.problem.ProblemException;

class ReadAccessTest {

    @Test
    void operatorsAuditorsAndTheDocumentSystemReadEverything() {
        for (String role : Set.of("operator", "auditor", "integration")) {
            ReadAccess access = new ReadAccess(Set.of(role), Optional.empty());
            access.requireDirective("SO-NOIVU", "Directive x");
            assertThat(access.onlyIssuer()).isEmpty();
        }
    }

    @Test
    void anIssuerReadsItsOwnUnitsDirectivesOnly() {
        ReadAccess access = new ReadAccess(Set.of("issuer", "unit-officer"), Optional.of("STTTT"));
        access.requireDirective("STTTT", "Directive x");
        assertThat(access.onlyIssuer()).contains("STTTT");
        assertThatThrownBy(() -> access.requireDirective("SO-NOIVU", "Directive x"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(404));
    }

    @Test
    void aUnitOfficerIsForbidden() {
        ReadAccess access = new ReadAccess(Set.of("unit-officer"), Optional.of("UBND-HALONG"));
        assertThatThrownBy(() -> access.requireDirective("UBND-HALONG", "Directive x"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(403));
        assertThatThrownBy(access::onlyIssuer).isInstanceOf(ProblemException.class);
    }

    @Test
    void anIssuerWithoutUnitIsForbidden() {
        ReadAccess access = new ReadAccess(Set.of("issuer"), Optional.empty());
        assertThatThrownBy(access::onlyIssuer)
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(403));
    }
}

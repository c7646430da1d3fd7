package vn.gov.directive.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.gov.directive.common.problem.HiddenRefusal;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.common.security.Caller;

class ComplianceReadersTest {

    @Test
    void operatorsAuditorsAndTheDocumentSystemReadEverything() {
        for (String role : Set.of(Caller.OPERATOR, Caller.AUDITOR, Caller.INTEGRATION)) {
            Caller reader = Caller.of(role, null, role);
            ComplianceReaders.requireDirective(reader, "SO-NOIVU", "Directive x");
            assertThat(ComplianceReaders.onlyIssuer(reader)).isEmpty();
        }
    }

    @Test
    void anIssuerReadsItsOwnUnitsDirectivesOnlyAndAnotherIssuersIsHidden() {
        Caller stttt = Caller.of("stttt", "STTTT", Caller.ISSUER, Caller.UNIT_OFFICER);
        ComplianceReaders.requireDirective(stttt, "STTTT", "Directive x");
        assertThat(ComplianceReaders.onlyIssuer(stttt)).contains("STTTT");
        assertThatThrownBy(() -> ComplianceReaders.requireDirective(stttt, "SO-NOIVU", "Directive x"))
                .isInstanceOfSatisfying(HiddenRefusal.class, e -> assertThat(e.problem().status()).isEqualTo(404));
    }

    @Test
    void aUnitOfficerIsForbiddenEvenForItsOwnUnit() {
        Caller halong = Caller.of("ubnd-halong", "UBND-HALONG", Caller.UNIT_OFFICER);
        assertThatThrownBy(() -> ComplianceReaders.requireDirective(halong, "UBND-HALONG", "Directive x"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(403));
        assertThatThrownBy(() -> ComplianceReaders.onlyIssuer(halong)).isInstanceOf(ProblemException.class);
    }

    @Test
    void anIssuerWithoutUnitIsForbidden() {
        assertThatThrownBy(() -> ComplianceReaders.onlyIssuer(Caller.of("issuer", null, Caller.ISSUER)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(403));
    }
}

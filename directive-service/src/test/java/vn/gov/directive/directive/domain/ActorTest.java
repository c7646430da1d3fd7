package vn.gov.directive.directive.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ActorTest {

    private final Actor stttt = new Actor("stttt", Optional.of("STTTT"), Set.of("issuer", "unit-officer"));
    private final Actor documentSystem = new Actor("service-account-document-system", Optional.empty(), Set.of("integration"));
    private final Actor officer = new Actor("ubnd-halong", Optional.of("UBND-HALONG"), Set.of("unit-officer"));
    private final Actor auditor = new Actor("auditor", Optional.empty(), Set.of("auditor"));

    @Test
    void anIssuerActsForItsOwnUnitOnly() {
        assertThat(stttt.mayActFor("STTTT")).isTrue();
        assertThat(stttt.mayActFor("SNV")).isFalse();
    }

    @Test
    void theDocumentSystemActsForAnyIssuer() {
        assertThat(documentSystem.mayActFor("STTTT")).isTrue();
        assertThat(documentSystem.mayActFor("SNV")).isTrue();
    }

    @Test
    void unitOfficersAndAuditorsDoNotAct() {
        assertThat(officer.mayActFor("UBND-HALONG")).isFalse();
        assertThat(auditor.mayActFor("STTTT")).isFalse();
    }

    @Test
    void readersAreTheIssuerOfItsOwnAndOperatorsAuditorsAll() {
        assertThat(stttt.mayRead("STTTT")).isTrue();
        assertThat(stttt.mayRead("SNV")).isFalse();
        assertThat(auditor.mayRead("SNV")).isTrue();
        assertThat(new Actor("operator", Optional.empty(), Set.of("operator")).mayRead("SNV")).isTrue();
        assertThat(officer.mayRead("UBND-HALONG")).isFalse();
    }
}

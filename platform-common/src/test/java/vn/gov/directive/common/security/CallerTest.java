package vn.gov.directive.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallerTest {

    private final Caller stttt = Caller.of("stttt", "STTTT", Caller.ISSUER, Caller.UNIT_OFFICER);
    private final Caller clerk = Caller.of("clerk", "STTTT", Caller.UNIT_OFFICER);
    private final Caller documentSystem = Caller.of("service-account-document-system", null, Caller.INTEGRATION);
    private final Caller halong = Caller.of("ubnd-halong", "UBND-HALONG", Caller.UNIT_OFFICER);

    @Test
    void operatorsAuditorsAndTheDocumentSystemReadEverythingNobodyElse() {
        assertThat(Caller.of("operator", null, Caller.OPERATOR).readsEverything()).isTrue();
        assertThat(Caller.of("auditor", null, Caller.AUDITOR).readsEverything()).isTrue();
        assertThat(documentSystem.readsEverything()).isTrue();
        assertThat(stttt.readsEverything()).isFalse();
        assertThat(halong.readsEverything()).isFalse();
    }

    @Test
    void keepsWhatTheTokenSaid() {
        assertThat(stttt.name()).isEqualTo("stttt");
        assertThat(stttt.unit()).contains("STTTT");
        assertThat(documentSystem.unit()).isEmpty();
        assertThat(stttt.roles()).containsExactlyInAnyOrder("issuer", "unit-officer");
        assertThat(stttt.is(Caller.ISSUER)).isTrue();
        assertThat(clerk.is(Caller.ISSUER)).isFalse();
    }

    @Test
    void worksForItsOwnUnitOnlyAndAnAccountWithoutUnitForNone() {
        assertThat(halong.worksFor("UBND-HALONG")).isTrue();
        assertThat(halong.worksFor("UBND-CAMPHA")).isFalse();
        assertThat(documentSystem.worksFor(null)).isFalse();
    }

    @Test
    void anIssuerIssuesForItsOwnUnitOnlyAndTheDocumentSystemForAny() {
        assertThat(stttt.mayIssueFor("STTTT")).isTrue();
        assertThat(stttt.mayIssueFor("SNV")).isFalse();
        assertThat(clerk.mayIssueFor("STTTT")).isFalse();
        assertThat(documentSystem.mayIssueFor("SNV")).isTrue();
        assertThat(Caller.of("auditor", null, Caller.AUDITOR).mayIssueFor("STTTT")).isFalse();
        assertThat(documentSystem.issuesFor("SNV")).isFalse();
    }

    @Test
    void directivesAreReadByTheirIssuersAndWhoeverReadsEverything() {
        assertThat(stttt.readsDirectivesOf("STTTT")).isTrue();
        assertThat(stttt.readsDirectivesOf("SNV")).isFalse();
        assertThat(clerk.readsDirectivesOf("STTTT")).isFalse();
        assertThat(halong.readsDirectivesOf("UBND-HALONG")).isFalse();
        assertThat(Caller.of("auditor", null, Caller.AUDITOR).readsDirectivesOf("SNV")).isTrue();
    }
}

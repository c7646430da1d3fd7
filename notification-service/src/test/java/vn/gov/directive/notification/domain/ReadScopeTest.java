package vn.gov.directive.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class ReadScopeTest {

    static final UUID DIRECTIVE = UUID.randomUUID();

    @Test
    void operatorsAndAuditorsSeeWhatTheyAskFor() {
        assertThat(ReadScope.of(true, null, null, null, null)).contains(new ReadScope(null, null));
        assertThat(ReadScope.of(true, null, DIRECTIVE, "STTTT", "UBND-HALONG")).contains(new ReadScope(DIRECTIVE, "UBND-HALONG"));
    }

    @Test
    void theIssuerSeesEveryUnitOfItsOwnDirective() {
        assertThat(ReadScope.of(false, "STTTT", DIRECTIVE, "STTTT", null)).contains(new ReadScope(DIRECTIVE, null));
    }

    @Test
    void aUnitOfficerSeesOnlyItsOwnUnit() {
        assertThat(ReadScope.of(false, "UBND-HALONG", null, null, null)).contains(new ReadScope(null, "UBND-HALONG"));
        assertThat(ReadScope.of(false, "UBND-HALONG", DIRECTIVE, "STTTT", null)).contains(new ReadScope(DIRECTIVE, "UBND-HALONG"));
        assertThat(ReadScope.of(false, "UBND-HALONG", DIRECTIVE, "STTTT", "UBND-CAMPHA")).isEmpty();
    }

    @Test
    void aCallerWithoutUnitOrRoleSeesNothing() {
        assertThat(ReadScope.of(false, null, DIRECTIVE, "STTTT", null)).isEmpty();
    }
}

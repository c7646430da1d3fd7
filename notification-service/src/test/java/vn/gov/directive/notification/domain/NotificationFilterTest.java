package vn.gov.directive.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.gov.directive.common.security.Caller;

class NotificationFilterTest {

    static final UUID DIRECTIVE = UUID.randomUUID();

    private final Caller halong = Caller.of("ubnd-halong", "UBND-HALONG", Caller.UNIT_OFFICER);

    @Test
    void operatorsAuditorsAndTheDocumentSystemSeeWhatTheyAskFor() {
        for (String role : new String[] { Caller.OPERATOR, Caller.AUDITOR, Caller.INTEGRATION }) {
            Caller reader = Caller.of(role, null, role);
            assertThat(NotificationFilter.of(reader, null, null, null)).contains(new NotificationFilter(null, null));
            assertThat(NotificationFilter.of(reader, DIRECTIVE, "STTTT", "UBND-HALONG"))
                    .contains(new NotificationFilter(DIRECTIVE, "UBND-HALONG"));
        }
    }

    @Test
    void theIssuingUnitSeesEveryUnitOfItsOwnDirective() {
        Caller stttt = Caller.of("stttt", "STTTT", Caller.ISSUER, Caller.UNIT_OFFICER);
        assertThat(NotificationFilter.of(stttt, DIRECTIVE, "STTTT", null)).contains(new NotificationFilter(DIRECTIVE, null));
        assertThat(NotificationFilter.of(stttt, DIRECTIVE, "SNV", null)).contains(new NotificationFilter(DIRECTIVE, "STTTT"));
    }

    @Test
    void aUnitOfficerSeesOnlyItsOwnUnit() {
        assertThat(NotificationFilter.of(halong, null, null, null)).contains(new NotificationFilter(null, "UBND-HALONG"));
        assertThat(NotificationFilter.of(halong, DIRECTIVE, "STTTT", null)).contains(new NotificationFilter(DIRECTIVE, "UBND-HALONG"));
        assertThat(NotificationFilter.of(halong, DIRECTIVE, "STTTT", "UBND-HALONG"))
                .contains(new NotificationFilter(DIRECTIVE, "UBND-HALONG"));
        assertThat(NotificationFilter.of(halong, DIRECTIVE, "STTTT", "UBND-CAMPHA")).isEmpty();
    }

    @Test
    void aCallerWithoutUnitOrRoleSeesNothing() {
        assertThat(NotificationFilter.of(Caller.of("nobody", null), DIRECTIVE, "STTTT", null)).isEmpty();
        assertThat(NotificationFilter.of(Caller.of("nobody", null), DIRECTIVE, null, null)).isEmpty();
    }
}

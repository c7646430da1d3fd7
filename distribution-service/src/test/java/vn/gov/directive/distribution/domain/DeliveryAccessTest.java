package vn.gov.directive.distribution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import vn.gov.directive.common.problem.HiddenRefusal;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.common.security.Caller;

/** Who sees and acts on a delivery: the rules of Delivery and DirectiveCopy over a Caller, without Quarkus. */
class DeliveryAccessTest {

    private static Delivery deliveryTo(String unit, String issuer) {
        DirectiveCopy directive = new DirectiveCopy();
        directive.issuer = issuer;
        Delivery delivery = new Delivery();
        delivery.unit = unit;
        delivery.directive = directive;
        return delivery;
    }

    private final Delivery halongFromStttt = deliveryTo("UBND-HALONG", "STTTT");
    private final Caller halong = Caller.of("ubnd-halong", "UBND-HALONG", Caller.UNIT_OFFICER);
    private final Caller campha = Caller.of("ubnd-campha", "UBND-CAMPHA", Caller.UNIT_OFFICER);

    @Test
    void anotherUnitsDeliveryIsAHiddenRefusalAndAMissingOneAPlainNotFound() {
        assertThat(Delivery.requireVisible(halongFromStttt, "d1", halong)).isSameAs(halongFromStttt);
        assertThatThrownBy(() -> Delivery.requireVisible(halongFromStttt, "d1", campha)).isInstanceOf(HiddenRefusal.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().status()).isEqualTo(404));
        assertThatThrownBy(() -> Delivery.requireVisible(null, "d2", campha)).isInstanceOf(ProblemException.class)
                .isNotInstanceOf(HiddenRefusal.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem())
                        .isEqualTo(ProblemException.notFound("Delivery d2").problem()));
        // The two answers cannot be told apart by the caller.
        assertThat(ProblemException.hidden("Delivery d2").problem()).isEqualTo(ProblemException.notFound("Delivery d2").problem());
    }

    @Test
    void aUnitOfficerSeesAndActsOnItsOwnUnitsDeliveryOnly() {
        assertThat(halongFromStttt.isVisibleTo(halong)).isTrue();
        assertThat(halongFromStttt.isAddressedTo(halong)).isTrue();
        assertThat(halongFromStttt.directive.isDecidedBy(halong)).isFalse();
        assertThat(halongFromStttt.isVisibleTo(campha)).isFalse();
        assertThat(halongFromStttt.isAddressedTo(campha)).isFalse();
    }

    @Test
    void theIssuingUnitSeesItsDirectivesDeliveriesAndOnlyItsIssuersDecide() {
        Caller issuer = Caller.of("stttt", "STTTT", Caller.ISSUER, Caller.UNIT_OFFICER);
        Caller clerk = Caller.of("clerk", "STTTT", Caller.UNIT_OFFICER);
        Caller otherIssuer = Caller.of("sct", "SCT", Caller.ISSUER);

        assertThat(halongFromStttt.isVisibleTo(issuer)).isTrue();
        assertThat(halongFromStttt.directive.isFollowedBy(issuer)).isTrue();
        assertThat(halongFromStttt.directive.isDecidedBy(issuer)).isTrue();
        assertThat(halongFromStttt.isAddressedTo(issuer)).isFalse();
        assertThat(halongFromStttt.isVisibleTo(clerk)).isTrue();
        assertThat(halongFromStttt.directive.isDecidedBy(clerk)).isFalse();
        assertThat(halongFromStttt.isVisibleTo(otherIssuer)).isFalse();
        assertThat(halongFromStttt.directive.isFollowedBy(otherIssuer)).isFalse();
    }

    @Test
    void operatorsAuditorsAndTheDocumentSystemSeeEverythingButActOnNothing() {
        for (Caller reader : new Caller[] { Caller.of("operator", null, Caller.OPERATOR), Caller.of("auditor", null, Caller.AUDITOR),
                Caller.of("service-account-document-system", null, Caller.INTEGRATION) }) {
            assertThat(halongFromStttt.isVisibleTo(reader)).isTrue();
            assertThat(halongFromStttt.directive.isFollowedBy(reader)).isTrue();
            assertThat(halongFromStttt.isAddressedTo(reader)).isFalse();
            assertThat(halongFromStttt.directive.isDecidedBy(reader)).isFalse();
        }
    }
}

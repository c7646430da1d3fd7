package vn.gov.directive.distribution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import vn.gov.directive.common.problem.HiddenRefusal;
import vn.gov.directive.common.problem.ProblemException;

class RequesterTest {

    private static Delivery deliveryTo(String unit, String issuer) {
        DirectiveCopy directive = new DirectiveCopy();
        directive.issuer = issuer;
        Delivery delivery = new Delivery();
        delivery.unit = unit;
        delivery.directive = directive;
        return delivery;
    }

    private final Delivery halongFromStttt = deliveryTo("UBND-HALONG", "STTTT");

    @Test
    void anotherUnitsDeliveryIsAHiddenRefusalAndAMissingOneAPlainNotFound() {
        Requester campha = new Requester("ubnd-campha", "UBND-CAMPHA", false, false);
        Requester halong = new Requester("ubnd-halong", "UBND-HALONG", false, false);

        assertThat(halong.visible(halongFromStttt, "d1")).isSameAs(halongFromStttt);
        assertThatThrownBy(() -> campha.visible(halongFromStttt, "d1")).isInstanceOf(HiddenRefusal.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().status()).isEqualTo(404));
        assertThatThrownBy(() -> campha.visible(null, "d2")).isInstanceOf(ProblemException.class)
                .isNotInstanceOf(HiddenRefusal.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem())
                        .isEqualTo(ProblemException.notFound("Delivery d2").problem()));
        // The two answers cannot be told apart by the caller.
        assertThat(ProblemException.hidden("Delivery d2").problem()).isEqualTo(ProblemException.notFound("Delivery d2").problem());
    }

    @Test
    void aUnitOfficerSeesAndActsOnItsOwnUnitsDeliveryOnly() {
        Requester halong = new Requester("ubnd-halong", "UBND-HALONG", false, false);
        Requester campha = new Requester("ubnd-campha", "UBND-CAMPHA", false, false);

        assertThat(halong.canSee(halongFromStttt)).isTrue();
        assertThat(halong.isUnitOf(halongFromStttt)).isTrue();
        assertThat(halong.canActAsIssuerOf(halongFromStttt.directive)).isFalse();
        assertThat(campha.canSee(halongFromStttt)).isFalse();
        assertThat(campha.isUnitOf(halongFromStttt)).isFalse();
    }

    @Test
    void theIssuingUnitSeesItsDirectivesDeliveriesAndOnlyItsIssuersDecide() {
        Requester issuer = new Requester("stttt", "STTTT", true, false);
        Requester clerk = new Requester("clerk", "STTTT", false, false);
        Requester otherIssuer = new Requester("sct", "SCT", true, false);

        assertThat(issuer.canSee(halongFromStttt)).isTrue();
        assertThat(issuer.canActAsIssuerOf(halongFromStttt.directive)).isTrue();
        assertThat(issuer.isUnitOf(halongFromStttt)).isFalse();
        assertThat(clerk.canSee(halongFromStttt)).isTrue();
        assertThat(clerk.canActAsIssuerOf(halongFromStttt.directive)).isFalse();
        assertThat(otherIssuer.canSee(halongFromStttt)).isFalse();
    }

    @Test
    void operatorsAndAuditorsSeeEverythingButActOnNothing() {
        Requester operator = new Requester("operator", null, false, true);

        assertThat(operator.canSee(halongFromStttt)).isTrue();
        assertThat(operator.isUnitOf(halongFromStttt)).isFalse();
        assertThat(operator.canActAsIssuerOf(halongFromStttt.directive)).isFalse();
    }
}

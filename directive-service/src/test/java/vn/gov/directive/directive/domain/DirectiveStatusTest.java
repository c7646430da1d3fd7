package vn.gov.directive.directive.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import vn.gov.directive.common.problem.ProblemException;

class DirectiveStatusTest {

    @Test
    void onlyADraftIsIssued() {
        assertThatCode(DirectiveStatus.DRAFT::requireCanIssue).doesNotThrowAnyException();
        assertThatThrownBy(DirectiveStatus.ISSUED::requireCanIssue)
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(409);
                    assertThat(e.problem().detail()).contains("ISSUED");
                });
    }

    @Test
    void onlyAnIssuedDirectiveIsAmendedOrRecalled() {
        assertThat(DirectiveStatus.ISSUED.canAmend()).isTrue();
        assertThat(DirectiveStatus.ISSUED.canRecall()).isTrue();
        assertThat(DirectiveStatus.DRAFT.canAmend()).isFalse();
        assertThat(DirectiveStatus.DRAFT.canRecall()).isFalse();
        assertThat(DirectiveStatus.RECALLED.canAmend()).isFalse();
        assertThat(DirectiveStatus.RECALLED.canRecall()).isFalse();
        assertThatThrownBy(DirectiveStatus.RECALLED::requireCanRecall)
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().detail()).contains("RECALLED"));
    }
}

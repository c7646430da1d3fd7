package vn.gov.directive.directive.domain;

import vn.gov.directive.common.problem.ProblemException;

/**
 * The life of a directive: DRAFT → ISSUED (numbered and sent; amendments keep it ISSUED) →
 * RECALLED. Any other move is refused with 409 naming the current state.
 */
public enum DirectiveStatus {
    DRAFT, ISSUED, RECALLED;

    public boolean canIssue() {
        return this == DRAFT;
    }

    public boolean canAmend() {
        return this == ISSUED;
    }

    public boolean canRecall() {
        return this == ISSUED;
    }

    public void requireCanIssue() {
        require(canIssue(), "issued");
    }

    public void requireCanAmend() {
        require(canAmend(), "amended");
    }

    public void requireCanRecall() {
        require(canRecall(), "recalled");
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw ProblemException.conflict("The directive is " + this + ": it cannot be " + action);
        }
    }
}

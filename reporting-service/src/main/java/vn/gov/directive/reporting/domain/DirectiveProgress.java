package vn.gov.directive.reporting.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One directive in a list: the counts of {@link Compliance} without its rows, computed set-wise
 * over the read model against the clock (same definitions: reported = REPORTED or COMPLETED,
 * overdue = {@link Overdue}).
 */
public record DirectiveProgress(UUID directiveId, String number, String subject, String issuer, String issuerName,
        Instant issuedAt, Instant deadline, Instant recalledAt, int recipients, int delivered, int acknowledged,
        int reported, int completed, int returned, int overdue) {

    /** The share of recipients, in whole percent (0 when there are none). */
    public int percentOf(int count) {
        return recipients == 0 ? 0 : Math.round(100f * count / recipients);
    }
}

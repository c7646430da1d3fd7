package vn.gov.directive.common.audit;

import java.time.Instant;

/** One row of the audit trail: who ({@code actor}, {@code unit}) did what to what, and when. */
public record AuditEntry(long id, Instant at, String actor, String unit, String action, String target, String detail) {
}

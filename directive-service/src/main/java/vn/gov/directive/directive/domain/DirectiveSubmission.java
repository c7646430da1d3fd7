package vn.gov.directive.directive.domain;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.exception.ConstraintViolationException;

import vn.gov.directive.common.security.Caller;

/**
 * Creating a directive exactly once per request: a repeat (same issuer and externalRef, or same
 * Idempotency-Key) gets the first directive back. Two repeats racing both miss the look-up; the
 * unique constraints let only one insert commit, and the loser answers with the winner's result.
 */
@ApplicationScoped
public class DirectiveSubmission {

    private static final String EXTERNAL_REF_UNIQUE = "directive_external_ref_unique";
    private static final String IDEMPOTENCY_KEY_UNIQUE = "directive_idempotency_key_unique";

    /** The directive the request led to, and whether this request created it. */
    public record Outcome(UUID id, boolean created) {
    }

    @Inject
    DirectiveService service;

    public Outcome submit(String issuer, DirectiveContent content, String externalRef, String idempotencyKey,
            boolean issueNow, Caller caller) {
        DirectiveService.requireMayIssueFor(caller, issuer);
        Optional<UUID> first = service.repeatOf(issuer, externalRef, idempotencyKey);
        if (first.isPresent()) {
            return new Outcome(first.get(), false);
        }
        try {
            return new Outcome(service.create(issuer, content, externalRef, idempotencyKey, issueNow, caller), true);
        } catch (RuntimeException e) {
            if (!isRepeatCollision(e)) {
                throw e;
            }
            return new Outcome(service.repeatOf(issuer, externalRef, idempotencyKey).orElseThrow(() -> e), false);
        }
    }

    private static boolean isRepeatCollision(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
                String name = violation.getConstraintName();
                return name.contains(EXTERNAL_REF_UNIQUE) || name.contains(IDEMPOTENCY_KEY_UNIQUE);
            }
        }
        return false;
    }
}

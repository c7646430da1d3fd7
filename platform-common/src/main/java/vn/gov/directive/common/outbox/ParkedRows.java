package vn.gov.directive.common.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.arc.properties.IfBuildProperty;
import vn.gov.directive.common.audit.AuditActions;
import vn.gov.directive.common.audit.AuditTrail;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.common.rest.Page;
import vn.gov.directive.common.rest.PageRequest;
import vn.gov.directive.common.security.Caller;

/**
 * The operator's handling of parked outbox rows. Retry and discard are one method each, the
 * single place where an operator's decision changes the outbox, and each is kept in the audit
 * trail in the same transaction.
 */
@ApplicationScoped
@IfBuildProperty(name = OutboxConfig.ENABLED, stringValue = "true")
public class ParkedRows {

    @Inject
    OutboxRows rows;

    @Inject
    OutboxRelay relay;

    @Inject
    RelayTrigger trigger;

    @Inject
    AuditTrail audit;

    @Transactional
    public Page<ParkedRow> list(PageRequest request) {
        return new Page<>(rows.parked(request.offset(), request.size), request.page, request.size, rows.parkedCount());
    }

    /** Sends the row again (first of its key), e.g. once the broker's or producer's limit was raised. */
    @Transactional
    public void retry(long id, Caller operator) {
        if (!rows.unpark(id)) {
            throw notParked(id);
        }
        audit.record(operator, AuditActions.OUTBOX_RETRY, "outbox_event " + id, null);
        relay.recount();
        trigger.afterCommit();
    }

    /** Gives the row up for good: never sent; the rows of its key that waited behind it go on. */
    @Transactional
    public void discard(long id, Caller operator) {
        if (!rows.discard(id)) {
            throw notParked(id);
        }
        audit.record(operator, AuditActions.OUTBOX_DISCARD, "outbox_event " + id, null);
        relay.recount();
        trigger.afterCommit();
    }

    private static ProblemException notParked(long id) {
        return ProblemException.notFound("Parked outbox row " + id);
    }
}

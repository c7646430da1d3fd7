package vn.gov.directive.directive.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.gov.directive.common.directory.ReplicaUnit;
import vn.gov.directive.common.outbox.Outbox;
import vn.gov.directive.common.outbox.OutgoingEvent;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.common.security.Caller;
import vn.gov.directive.common.time.VietnamTime;
import vn.gov.directive.directive.repository.NumberRegister;
import vn.gov.directive.directive.repository.RecipientStore;
import vn.gov.directive.events.EventType;
import vn.gov.directive.events.Recipient;

/**
 * The state changes of a directive, each in one transaction with the outbox rows it causes:
 * create a draft, issue it (expand recipients, take the next number), amend, recall.
 */
@ApplicationScoped
public class DirectiveService {

    @Inject
    ReplicaLookup directory;

    @Inject
    NumberRegister register;

    @Inject
    RecipientStore recipients;

    @Inject
    Outbox outbox;

    /** A new draft (issued at once when asked); the content is normalised and checked first. */
    @Transactional
    public UUID create(String issuer, DirectiveContent submitted, String externalRef, String idempotencyKey,
            boolean issueNow, Caller caller) {
        requireMayIssueFor(caller, issuer);
        directory.requireComplete(); // the recipients are checked (and expanded) against the copy
        Instant now = now();
        DirectiveContent content = submitted.normalised();
        content.checkAcceptable(now);
        issuerUnit(issuer);
        ExpandedRecipients expanded = expansion().expand(content, issuer, VietnamTime.dayOf(now));
        Directive directive = Directive.draft(issuer, content, externalRef, idempotencyKey, caller.name(), now);
        directive.persistAndFlush(); // a repeat racing this one fails here, on the unique constraints
        if (issueNow) {
            issue(directive, caller, now, expanded);
        }
        return directive.id;
    }

    /** The directive an earlier identical request created, if any: same issuer and externalRef, or same Idempotency-Key. */
    @Transactional
    public Optional<UUID> repeatOf(String issuer, String externalRef, String idempotencyKey) {
        if (externalRef != null) {
            Optional<Directive> byRef = Directive.find("issuer = ?1 and externalRef = ?2", issuer, externalRef).firstResultOptional();
            if (byRef.isPresent()) {
                return byRef.map(d -> d.id);
            }
        }
        if (idempotencyKey != null) {
            return Directive.<Directive>find("issuer = ?1 and idempotencyKey = ?2", issuer, idempotencyKey)
                    .firstResultOptional().map(d -> d.id);
        }
        return Optional.empty();
    }

    @Transactional
    public void issue(UUID id, Caller caller) {
        Directive directive = lockForChange(id, caller);
        directory.requireComplete();
        Instant now = now();
        directive.status.requireCanIssue();
        DirectiveContent content = directive.content();
        content.checkAcceptable(now);
        issue(directive, caller, now, expansion().expand(content, directive.issuer, VietnamTime.dayOf(now)));
    }

    @Transactional
    public void amend(UUID id, Amendment amendment, Caller caller) {
        Directive directive = lockForChange(id, caller);
        directive.status.requireCanAmend();
        directory.requireComplete();
        Instant now = now();
        DirectiveContent content = directive.content().amendedBy(amendment).normalised();
        content.checkAcceptable(now);
        ExpandedRecipients expanded = expansion().expand(content, directive.issuer, VietnamTime.dayOf(directive.issuedAt));
        directive.take(content);
        directive.version++;
        String summary = amendment.changeSummary();
        DirectiveVersion.of(directive, summary, caller.name(), now).persist();
        outbox.append(OutgoingEvent.of(EventType.DIRECTIVE_AMENDED, directive.id.toString(),
                DirectiveEvents.amended(directive, summary, now, caller.name(), expanded)));
    }

    @Transactional
    public void recall(UUID id, String reason, Caller caller) {
        Directive directive = lockForChange(id, caller);
        directive.status.requireCanRecall();
        directive.status = DirectiveStatus.RECALLED;
        directive.recalledAt = now();
        directive.recalledBy = caller.name();
        directive.recallReason = reason;
        outbox.append(OutgoingEvent.of(EventType.DIRECTIVE_RECALLED, directive.id.toString(), DirectiveEvents.recalled(directive)));
    }

    /** Issues a draft whose status and content were checked, to the recipients expanded for this request. */
    private void issue(Directive directive, Caller caller, Instant now, ExpandedRecipients expanded) {
        List<Recipient> issuedTo = expanded.toIssue();
        directive.status = DirectiveStatus.ISSUED;
        directive.issuedAt = now;
        directive.issuedBy = caller.name();
        directive.recipientCount = issuedTo.size();
        recipients.store(directive.id, issuedTo);
        DirectiveVersion.of(directive, null, caller.name(), now).persist();
        // The number last: the register row stays locked until commit, so the other issues of this
        // issuer wait only for the rest of this transaction, not for the expansion and the inserts.
        int year = VietnamTime.yearOf(now);
        DirectiveNumber number = new DirectiveNumber(year, register.next(directive.issuer, year), directive.symbol);
        directive.number = number.number();
        directive.numberYear = number.year();
        directive.numberText = number.text();
        outbox.append(OutgoingEvent.of(EventType.DIRECTIVE_ISSUED, directive.id.toString(),
                DirectiveEvents.issued(directive, issuerUnit(directive.issuer).name(), expanded)));
    }

    /** The directive, locked so that concurrent changes of it queue; 404 for one the caller may not see. */
    private Directive lockForChange(UUID id, Caller caller) {
        Directive directive = Directive.<Directive>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(d -> caller.readsDirectivesOf(d.issuer))
                .orElseThrow(() -> ProblemException.notFound("Directive " + id));
        requireMayIssueFor(caller, directive.issuer);
        return directive;
    }

    /** 403 for a caller who may not act in this issuer's name. */
    static void requireMayIssueFor(Caller caller, String issuer) {
        if (!caller.mayIssueFor(issuer)) {
            throw ProblemException.forbidden(caller.name() + " may not act for issuer " + issuer);
        }
    }

    private ReplicaUnit issuerUnit(String issuer) {
        return directory.unit(issuer).orElseThrow(() -> ProblemException.unprocessable("unknown-issuer",
                "The directory does not know the issuer " + issuer));
    }

    private RecipientExpansion expansion() {
        return new RecipientExpansion(directory);
    }

    /** Microseconds: what PostgreSQL keeps, so the stored and published instants are the same. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}

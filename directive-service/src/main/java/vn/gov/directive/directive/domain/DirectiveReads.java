package vn.gov.directive.directive.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.common.rest.Page;
import vn.gov.directive.common.rest.PageRequest;
import vn.gov.directive.common.text.VietnameseText;
import vn.gov.directive.common.security.Caller;
import vn.gov.directive.directive.repository.DeliveryProgressStore;
import vn.gov.directive.directive.repository.RecipientStore;
import vn.gov.directive.events.Recipient;
import vn.gov.directive.events.Role;

/** Reading directives, within what the actor may see: another issuer's directive is 404, not 403. */
@ApplicationScoped
public class DirectiveReads {

    /** A directive with what is known about its recipients and deliveries. */
    public record DirectiveState(Directive directive, Map<Role, Integer> recipientsByRole, DeliveryCounts deliveries) {
    }

    @Inject
    RecipientStore recipients;

    @Inject
    DeliveryProgressStore progress;

    @Transactional
    public DirectiveState state(UUID id, Caller caller) {
        Directive directive = visible(id, caller);
        return new DirectiveState(directive, recipients.countByRole(id), progress.counts(id));
    }

    @Transactional
    public Page<Recipient> recipients(UUID id, Caller caller, PageRequest paging) {
        Directive directive = visible(id, caller);
        return new Page<>(recipients.page(id, paging.offset(), paging.size), paging.page, paging.size, directive.recipientCount);
    }

    /**
     * Directives newest first, filtered by issuer, status and words of the subject (diacritics
     * ignored). An issuer sees only its own unit's.
     */
    @Transactional
    public Page<Directive> list(String issuer, DirectiveStatus status, String words, Caller caller, PageRequest paging) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (!caller.readsEverything()) {
            String own = caller.unit().orElseThrow(() -> ProblemException.forbidden(caller.name() + " has no unit"));
            if (issuer != null && !issuer.equals(own)) {
                throw ProblemException.forbidden(caller.name() + " may not read the directives of " + issuer);
            }
            issuer = own;
        }
        if (issuer != null) {
            where.add("issuer = :issuer");
            parameters.and("issuer", issuer);
        }
        if (status != null) {
            where.add("status = :status");
            parameters.and("status", status);
        }
        if (words != null && !words.isBlank()) {
            where.add("subjectFolded like :words escape '\\'");
            parameters.and("words", "%" + escapeLike(VietnameseText.fold(VietnameseText.nfc(words.strip()))) + "%");
        }
        PanacheQuery<Directive> query = Directive.find(String.join(" and ", where.isEmpty() ? List.of("1 = 1") : where),
                Sort.descending("createdAt").and("id"), parameters).page(paging.page, paging.size);
        return new Page<>(query.list(), paging.page, paging.size, query.count());
    }

    private static Directive visible(UUID id, Caller caller) {
        return Directive.<Directive>findByIdOptional(id).filter(d -> caller.readsDirectivesOf(d.issuer))
                .orElseThrow(() -> ProblemException.notFound("Directive " + id));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

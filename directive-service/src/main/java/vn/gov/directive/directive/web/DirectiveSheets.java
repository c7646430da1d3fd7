package vn.gov.directive.directive.web;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.common.rest.PageRequest;
import vn.gov.directive.common.security.Caller;
import vn.gov.directive.directive.domain.Directive;
import vn.gov.directive.directive.domain.DirectiveReads;
import vn.gov.directive.directive.domain.DirectiveStatus;
import vn.gov.directive.directive.domain.RecipientExpansion;
import vn.gov.directive.directive.domain.ReplicaLookup;
import vn.gov.directive.common.time.VietnamTime;
import vn.gov.directive.directive.repository.DirectoryListing;
import vn.gov.directive.events.Recipient;
import vn.gov.directive.events.Role;

/** A directive read for its page: as issued, or for a draft its recipients as they would be if issued now. */
@ApplicationScoped
public class DirectiveSheets {

    @Inject
    DirectiveReads reads;

    @Inject
    ReplicaLookup directory;

    @Inject
    DirectoryListing listing;

    @Transactional
    DirectiveSheet sheet(UUID id, Caller actor) {
        DirectiveReads.DirectiveState state = reads.state(id, actor);
        Directive d = state.directive();
        Set<String> codes = new HashSet<>();
        d.content().recipients().forEach(r -> codes.add(r.target().namesGroup() ? r.target().group() : r.target().unit()));
        d.content().tasks().forEach(t -> t.assignees().forEach(a -> codes.add(a.namesGroup() ? a.group() : a.unit())));
        DirectiveSheet.Expansion expansion;
        if (d.status == DirectiveStatus.DRAFT) {
            expansion = preview(d, codes);
        } else {
            // Counts from the stored list; the names of its first page (a province-wide directive has thousands).
            List<Recipient> shown = reads.recipients(id, actor, PageRequest.of(0, PageRequest.MAX_SIZE)).items();
            shown.forEach(r -> codes.add(r.unit()));
            expansion = DirectiveSheet.Expansion.of(false, d.recipientCount, state.recipientsByRole(), shown, listing.names(codes));
        }
        Map<String, String> names = listing.names(codes);
        return DirectiveSheet.of(d, names, expansion);
    }

    /** A draft's recipients as the domain would expand them if it were issued now, or why it could not be. */
    private DirectiveSheet.Expansion preview(Directive d, Set<String> codes) {
        try {
            List<Recipient> expanded = new RecipientExpansion(directory).recipients(d.content().recipients(), d.issuer,
                    VietnamTime.dayOf(Instant.now()));
            expanded.forEach(r -> codes.add(r.unit()));
            Map<Role, Integer> byRole = new EnumMap<>(Role.class);
            expanded.forEach(r -> byRole.merge(r.role(), 1, Integer::sum));
            return DirectiveSheet.Expansion.of(true, expanded.size(), byRole, expanded, listing.names(codes));
        } catch (ProblemException e) {
            return DirectiveSheet.Expansion.refused(ProblemMessages.summary(e.problem()));
        }
    }
}

package vn.gov.directive.distribution.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.Role;

/** Optional filters of a delivery list: a state, due before an instant, overdue only (derived as DESIGN §4 says). */
public record DeliveryFilter(DeliveryStatus status, Instant dueBefore, boolean overdueOnly) {

    /** A unit's inbox: what is due first comes first, deliveries without a deadline last. */
    public PanacheQuery<Delivery> inboxOf(String unit, Instant now) {
        return find("unit = :unit", Map.of("unit", unit), now,
                Sort.by("deadline", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST).and("createdAt", Sort.Direction.Descending).and("id"));
    }

    /** The deliveries of one directive, by unit. */
    public PanacheQuery<Delivery> ofDirective(UUID directiveId, Instant now) {
        return find("directiveId = :directiveId", Map.of("directiveId", directiveId), now, Sort.by("unit"));
    }

    private PanacheQuery<Delivery> find(String scope, Map<String, Object> scopeParams, Instant now, Sort sort) {
        StringBuilder where = new StringBuilder(scope);
        Map<String, Object> params = new HashMap<>(scopeParams);
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        if (dueBefore != null) {
            where.append(" and deadline < :dueBefore");
            params.put("dueBefore", dueBefore);
        }
        if (overdueOnly) {
            where.append(" and role = :action and deadline < :now and status in :owed");
            params.put("action", Role.ACTION);
            params.put("now", now);
            params.put("owed", DeliveryLifecycle.workOwed());
        }
        return Delivery.find(where.toString(), sort, params);
    }
}

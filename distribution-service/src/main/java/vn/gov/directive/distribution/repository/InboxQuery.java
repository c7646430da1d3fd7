package vn.gov.directive.distribution.repository;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import vn.gov.directive.common.text.VietnameseText;
import vn.gov.directive.distribution.domain.Delivery;
import vn.gov.directive.distribution.domain.InboxTab;

/**
 * A unit's inbox as the portal lists it: one tab, an optional search without diacritics (on the
 * directive's folded number, subject and issuer), one of three orders. Written as HQL because
 * the urgency order is a CASE, which Panache's Sort cannot say.
 */
public final class InboxQuery {

    /** The orders the inbox offers. */
    public enum Order {
        /** Due first, deliveries without a deadline last. */
        DEADLINE("d.deadline asc nulls last, d.directive.issuedAt desc, d.id"),
        /** Most recently issued first. */
        NEWEST("d.directive.issuedAt desc, d.id"),
        /** Hỏa tốc, Thượng khẩn, Khẩn, then the rest; due first within each. */
        URGENCY("case d.directive.urgency when 'FLASH' then 0 when 'VERY_URGENT' then 1 when 'URGENT' then 2 else 3 end, "
                + "d.deadline asc nulls last, d.id");

        private final String orderBy;

        Order(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    private InboxQuery() {
    }

    public static PanacheQuery<Delivery> of(String unit, InboxTab tab, String search, Order order, Instant now) {
        return Delivery.find("from Delivery d join fetch d.directive where d.unit = :unit and " + where(tab, search)
                + " order by " + order.orderBy, parameters(unit, tab, search, now));
    }

    /** How many deliveries each tab holds, with the same search. */
    public static Map<InboxTab, Long> counts(String unit, String search, Instant now) {
        Map<InboxTab, Long> counts = new EnumMap<>(InboxTab.class);
        for (InboxTab tab : InboxTab.values()) {
            counts.put(tab, Delivery.count("from Delivery d where d.unit = :unit and " + where(tab, search),
                    parameters(unit, tab, search, now)));
        }
        return counts;
    }

    private static Map<String, Object> parameters(String unit, InboxTab tab, String search, Instant now) {
        Map<String, Object> params = new HashMap<>(tab.parameters(now));
        params.put("unit", unit);
        String folded = folded(search);
        if (folded != null) {
            params.put("search", "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return params;
    }

    private static String where(InboxTab tab, String search) {
        return tab.condition() + (folded(search) == null ? "" : " and d.directive.searchKey like :search escape '\\'");
    }

    private static String folded(String search) {
        if (search == null || search.isBlank()) {
            return null;
        }
        return VietnameseText.fold(search.strip()).replaceAll("\\s+", " ");
    }
}

package vn.gov.directive.reporting.repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.hibernate.jpa.HibernateHints;

import vn.gov.directive.common.rest.Page;
import vn.gov.directive.common.rest.PageRequest;
import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.Role;
import vn.gov.directive.reporting.domain.DailyCount;
import vn.gov.directive.reporting.domain.DeliveryFacts;
import vn.gov.directive.reporting.domain.DirectiveProgress;
import vn.gov.directive.reporting.domain.Overdue;
import vn.gov.directive.reporting.domain.OverdueDelivery;
import vn.gov.directive.reporting.domain.TrackedDelivery;
import vn.gov.directive.reporting.domain.TrackedDirective;

/** Reads of the compliance read model that need joins with the directory copy or set-wise SQL. */
@ApplicationScoped
public class ComplianceQueries {

    private static final String[] WORK_OWED = Overdue.workOwed().stream().map(Enum::name).toArray(String[]::new);

    @Inject
    EntityManager entityManager;

    public Optional<TrackedDirective> directive(UUID id) {
        return Optional.ofNullable(entityManager.find(TrackedDirective.class, id));
    }

    public List<DeliveryFacts> deliveries(UUID directiveId) {
        List<TrackedDelivery> rows = entityManager
                .createQuery("from TrackedDelivery d where d.key.directiveId = :id", TrackedDelivery.class)
                .setParameter("id", directiveId)
                // Read only: a directive to 10,000 units would otherwise keep a snapshot of each row for dirty checking.
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
        Map<String, String[]> units = units(rows.stream().map(d -> d.key.unit()).toArray(String[]::new));
        return rows.stream().map(d -> {
            String[] unit = units.getOrDefault(d.key.unit(), new String[] { null, null });
            return new DeliveryFacts(d.deliveryId, d.key.unit(), unit[0], unit[1], d.role, d.status, d.deadline,
                    d.deliveredAt, d.acknowledgedAt, d.reportedAt, d.completedAt, d.reportFields, d.notificationsSent);
        }).toList();
    }

    /** Overdue deliveries at {@code now}, most overdue first; each filter applies when not null. */
    public Page<OverdueDelivery> overdue(Instant now, String issuer, String unit, UUID directiveId, PageRequest page) {
        String where = """
                from delivery_view d join directive_view v on v.id = d.directive_id
                left join directory_unit u on u.code = d.unit
                where d.role = 'ACTION' and d.status = any(?1) and d.deadline < ?2
                  and (cast(?3 as text) is null or v.issuer = ?3)
                  and (cast(?4 as text) is null or d.unit = ?4)
                  and (cast(?5 as uuid) is null or d.directive_id = ?5)""";
        Query count = bind(entityManager.createNativeQuery("select count(*) " + where), now, issuer, unit, directiveId);
        long total = ((Number) count.getSingleResult()).longValue();
        Query select = bind(entityManager.createNativeQuery("""
                select d.directive_id, v.number, v.subject, v.issuer, d.delivery_id, d.unit, u.name, d.status, d.deadline
                """ + where + " order by d.deadline, d.unit limit ?6 offset ?7"), now, issuer, unit, directiveId)
                .setParameter(6, page.size)
                .setParameter(7, page.offset());
        List<OverdueDelivery> items = new ArrayList<>();
        for (Object row : select.getResultList()) {
            Object[] r = (Object[]) row;
            Instant deadline = instant(r[8]);
            items.add(new OverdueDelivery((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (UUID) r[4],
                    (String) r[5], (String) r[6], Role.ACTION, DeliveryStatus.valueOf((String) r[7]), deadline,
                    OverdueDelivery.since(deadline, now)));
        }
        return new Page<>(items, page.page, page.size, total);
    }

    /**
     * Directives with their counts at {@code now}, newest issue first; only {@code issuer}'s when
     * not null. The counts are those of {@link vn.gov.directive.reporting.domain.Compliance}.
     */
    public Page<DirectiveProgress> progress(Instant now, String issuer, PageRequest page) {
        long total = ((Number) entityManager
                .createNativeQuery("select count(*) from directive_view v where cast(?1 as text) is null or v.issuer = ?1")
                .setParameter(1, issuer)
                .getSingleResult()).longValue();
        List<?> rows = entityManager.createNativeQuery("""
                select v.id, v.number, v.subject, v.issuer, v.issuer_name, v.issued_at, v.deadline, v.recalled_at,
                       count(d.unit),
                       count(d.delivered_at),
                       count(d.acknowledged_at),
                       count(*) filter (where d.status in ('REPORTED', 'COMPLETED')),
                       count(*) filter (where d.status = 'COMPLETED'),
                       count(*) filter (where d.status = 'RETURNED'),
                       count(*) filter (where d.role = 'ACTION' and d.deadline < ?1 and d.status = any(?2))
                from directive_view v left join delivery_view d on d.directive_id = v.id
                where cast(?3 as text) is null or v.issuer = ?3
                group by v.id
                order by v.issued_at desc nulls last, v.number, v.id
                limit ?4 offset ?5""")
                .setParameter(1, now)
                .setParameter(2, WORK_OWED)
                .setParameter(3, issuer)
                .setParameter(4, page.size)
                .setParameter(5, page.offset())
                .getResultList();
        List<DirectiveProgress> items = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            items.add(new DirectiveProgress((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    instant(r[5]), instant(r[6]), instant(r[7]), n(r[8]), n(r[9]), n(r[10]), n(r[11]), n(r[12]), n(r[13]),
                    n(r[14])));
        }
        return new Page<>(items, page.page, page.size, total);
    }

    /**
     * Per day in {@code zone}: the deliveries of a directive first acknowledged that day, those
     * whose latest report came that day (still reported or completed), those completed that day.
     */
    public List<DailyCount> dailyCounts(UUID directiveId, ZoneId zone) {
        List<?> rows = entityManager.createNativeQuery("""
                select day, sum(ack), sum(rep), sum(done) from (
                    select cast(acknowledged_at at time zone cast(?2 as text) as date) as day, 1 as ack, 0 as rep, 0 as done
                    from delivery_view where directive_id = ?1 and acknowledged_at is not null
                    union all
                    select cast(reported_at at time zone cast(?2 as text) as date), 0, 1, 0
                    from delivery_view where directive_id = ?1 and reported_at is not null and status in ('REPORTED', 'COMPLETED')
                    union all
                    select cast(completed_at at time zone cast(?2 as text) as date), 0, 0, 1
                    from delivery_view where directive_id = ?1 and completed_at is not null and status = 'COMPLETED'
                ) events group by day order by day""")
                .setParameter(1, directiveId)
                .setParameter(2, zone.getId())
                .getResultList();
        List<DailyCount> counts = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            counts.add(new DailyCount(date(r[0]), n(r[1]), n(r[2]), n(r[3])));
        }
        return counts;
    }

    private static int n(Object value) {
        return ((Number) value).intValue();
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate date ? date : ((java.sql.Date) value).toLocalDate();
    }

    private Query bind(Query query, Instant now, String issuer, String unit, UUID directiveId) {
        return query.setParameter(1, WORK_OWED)
                .setParameter(2, now)
                .setParameter(3, issuer)
                .setParameter(4, unit)
                .setParameter(5, directiveId);
    }

    /** code → {name, kind} of the units the directory copy knows. */
    private Map<String, String[]> units(String[] codes) {
        Map<String, String[]> units = new HashMap<>();
        if (codes.length == 0) {
            return units;
        }
        List<?> rows = entityManager.createNativeQuery("select code, name, kind from directory_unit where code = any(?1)")
                .setParameter(1, codes)
                .getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            units.put((String) r[0], new String[] { (String) r[1], (String) r[2] });
        }
        return units;
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}

package vn.gov.directive.reporting.repository;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.gov.directive.reporting.domain.Overdue;
import vn.gov.directive.reporting.domain.Statistic;

/** Compliance grouped by unit kind or by month of issue, set-wise in SQL; overdue against {@code now}. */
@ApplicationScoped
public class StatisticsQueries {

    private static final String[] WORK_OWED = Overdue.workOwed().stream().map(Enum::name).toArray(String[]::new);

    /** Each column of a Statistic, over the rows of one group; ?1 = now, ?2 = work-owed states. */
    private static final String MEASURES = """
            count(distinct d.directive_id),
            count(*),
            count(*) filter (where d.status in ('REPORTED', 'COMPLETED')),
            count(*) filter (where d.role = 'ACTION' and d.deadline < ?1 and d.status = any(?2)),
            count(*) filter (where d.role = 'ACTION' and d.deadline is not null
                             and (d.deadline < ?1 or d.status in ('REPORTED', 'COMPLETED'))
                             and d.status not in ('RETURNED', 'RECALLED')),
            count(*) filter (where d.role = 'ACTION' and d.deadline is not null and d.reported_at <= d.deadline
                             and d.status in ('REPORTED', 'COMPLETED'))""";

    private static final String FROM = """
            from delivery_view d join directive_view v on v.id = d.directive_id
            left join directory_unit u on u.code = d.unit
            where (cast(?3 as text) is null or v.issuer = ?3)
              and (cast(?4 as timestamptz) is null or v.issued_at >= ?4)
              and (cast(?5 as timestamptz) is null or v.issued_at < ?5)""";

    @Inject
    EntityManager entityManager;

    public List<Statistic> byUnitKind(Instant now, String issuer, Instant from, Instant to) {
        return run("select coalesce(u.kind, 'UNKNOWN') as grp, " + MEASURES + " " + FROM + " group by grp order by grp",
                now, issuer, from, to, null);
    }

    /** Grouped by the month of issue in {@code zone}, as yyyy-MM. */
    public List<Statistic> byMonth(Instant now, String issuer, Instant from, Instant to, ZoneId zone) {
        return run("select coalesce(to_char(v.issued_at at time zone cast(?6 as text), 'YYYY-MM'), 'UNKNOWN') as grp, "
                + MEASURES + " " + FROM + " group by grp order by grp", now, issuer, from, to, zone.getId());
    }

    private List<Statistic> run(String sql, Instant now, String issuer, Instant from, Instant to, String zone) {
        var query = entityManager.createNativeQuery(sql)
                .setParameter(1, now)
                .setParameter(2, WORK_OWED)
                .setParameter(3, issuer)
                .setParameter(4, from)
                .setParameter(5, to);
        if (zone != null) {
            query.setParameter(6, zone);
        }
        List<Statistic> statistics = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            statistics.add(Statistic.of((String) r[0], n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6])));
        }
        return statistics;
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}

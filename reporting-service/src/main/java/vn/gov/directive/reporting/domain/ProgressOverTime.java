package vn.gov.directive.reporting.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A directive's cumulative acknowledgments, reports and completions, one point per day from its
 * first day to its last (every day in between, so a chart's axis is true to time). A directive
 * followed for longer than {@link #MAX_DAYS} shows its latest days.
 */
public record ProgressOverTime(int recipients, List<Point> points) {

    public static final int MAX_DAYS = 120;

    public record Point(LocalDate day, int acknowledged, int reported, int completed) {
    }

    /**
     * @param first the day the directive was issued, or null to start at its first event
     * @param last the last day to show (today), extended to the last event if that is later
     */
    public static ProgressOverTime of(int recipients, List<DailyCount> counts, LocalDate first, LocalDate last) {
        TreeMap<LocalDate, DailyCount> byDay = counts.stream()
                .collect(Collectors.toMap(DailyCount::day, Function.identity(), ProgressOverTime::add, TreeMap::new));
        LocalDate from = first;
        LocalDate to = last;
        if (!byDay.isEmpty()) {
            LocalDate firstEvent = byDay.firstKey();
            LocalDate lastEvent = byDay.lastKey();
            from = from == null || firstEvent.isBefore(from) ? firstEvent : from;
            to = lastEvent.isAfter(to) ? lastEvent : to;
        }
        if (from == null || from.isAfter(to)) {
            return new ProgressOverTime(recipients, List.of());
        }
        int acknowledged = 0;
        int reported = 0;
        int completed = 0;
        List<Point> points = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            DailyCount count = byDay.get(day);
            if (count != null) {
                acknowledged += count.acknowledged();
                reported += count.reported();
                completed += count.completed();
            }
            points.add(new Point(day, acknowledged, reported, completed));
        }
        int shown = (int) Math.min(points.size(), MAX_DAYS);
        return new ProgressOverTime(recipients, List.copyOf(points.subList(points.size() - shown, points.size())));
    }

    /** Days covered, first to last. */
    public long days() {
        return points.isEmpty() ? 0 : ChronoUnit.DAYS.between(points.get(0).day(), points.get(points.size() - 1).day()) + 1;
    }

    private static DailyCount add(DailyCount a, DailyCount b) {
        return new DailyCount(a.day(), a.acknowledged() + b.acknowledged(), a.reported() + b.reported(),
                a.completed() + b.completed());
    }
}

package vn.gov.directive.common.time;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * The platform's one reading of time for Vietnamese users: calendar days are Vietnam's
 * (Asia/Ho_Chi_Minh), not UTC's, and every page, export and mail writes an instant as
 * dd/MM/yyyy HH:mm. Pages, mails and domain rules all come here, so a format exists once.
 */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    /** Strict: 31/02 is a mistake to point out, not the 28th to guess. Leading zeros may be left out. */
    private static final List<DateTimeFormatter> TYPED = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu H:mm").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);

    private VietnamTime() {
    }

    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    public static int yearOf(Instant instant) {
        return dayOf(instant).getYear();
    }

    /** "07/12/2026 17:00"; empty for no instant. */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }

    /** "07/12/2026"; empty for no day. */
    public static String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    /** "17:00 thứ Hai, 07/12/2026", as a mail says when something is due; empty for no instant. */
    public static String spoken(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(ZONE);
        return CLOCK.format(local) + " " + weekday(local.getDayOfWeek()) + ", " + DATE.format(local);
    }

    /** "Quảng Ninh, ngày 08 tháng 4 năm 2024", as a letter dates itself (Decree 30). */
    public static String letterDate(String place, Instant instant) {
        if (instant == null) {
            return place == null ? "" : place;
        }
        ZonedDateTime day = instant.atZone(ZONE);
        String date = "ngày %02d tháng %d năm %d".formatted(day.getDayOfMonth(), day.getMonthValue(), day.getYear());
        return place == null || place.isBlank() ? "N" + date.substring(1) : place + ", " + date;
    }

    /** The value of an HTML {@code <input type="datetime-local">} (which {@link #parse} reads back); empty for no instant. */
    public static String inputValue(Instant instant) {
        return instant == null ? "" : INPUT.format(instant.atZone(ZONE));
    }

    /** What a person typed ("7/12/2026 17:00", or the ISO form a script sends), read as Vietnam time. */
    public static Optional<Instant> parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.strip();
        for (DateTimeFormatter format : TYPED) {
            try {
                return Optional.of(LocalDateTime.parse(text, format).atZone(ZONE).toInstant());
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return Optional.empty();
    }

    public static String weekday(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> "thứ Hai";
            case TUESDAY -> "thứ Ba";
            case WEDNESDAY -> "thứ Tư";
            case THURSDAY -> "thứ Năm";
            case FRIDAY -> "thứ Sáu";
            case SATURDAY -> "thứ Bảy";
            case SUNDAY -> "Chủ nhật";
        };
    }
}

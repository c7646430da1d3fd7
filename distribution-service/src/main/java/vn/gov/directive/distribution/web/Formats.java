package vn.gov.directive.distribution.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Times as people in Vietnam read and type them: Vietnam time, dd/MM/yyyy HH:mm. */
public final class Formats {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private Formats() {
    }

    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(VIETNAM));
    }

    /** "Quảng Ninh, ngày 08 tháng 4 năm 2024", as a letter dates itself. */
    public static String letterDate(String place, Instant instant) {
        if (instant == null) {
            return place == null ? "" : place;
        }
        ZonedDateTime day = instant.atZone(VIETNAM);
        String date = "ngày %02d tháng %d năm %d".formatted(day.getDayOfMonth(), day.getMonthValue(), day.getYear());
        return place == null || place.isBlank() ? date.substring(0, 1).toUpperCase() + date.substring(1) : place + ", " + date;
    }

    /** The value of an {@code <input type="datetime-local">} for an instant, in Vietnam time. */
    public static String inputValue(Instant instant) {
        return instant == null ? "" : INPUT.format(instant.atZone(VIETNAM));
    }

    /** What a {@code datetime-local} input sent (Vietnam time), or empty when it is no such time. */
    public static Optional<Instant> parseInput(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(value.strip()).atZone(VIETNAM).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

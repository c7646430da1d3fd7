package vn.gov.directive.directive.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

import vn.gov.directive.common.time.VietnamTime;

/**
 * Times as the clerk reads and types them: Vietnam time, dd/MM/yyyy HH:mm (a browser's own
 * date-time field would show its locale's format, often not this one). Typing may leave out the
 * leading zeros; the ISO form a script or an older page sends is read too.
 */
public final class Formats {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    /** Strict: 31/02 is a mistake to point out, not the 28th to guess. */
    private static final List<DateTimeFormatter> TYPED = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu H:mm").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);

    private Formats() {
    }

    public static String time(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant.atZone(VietnamTime.ZONE));
    }

    /** What the clerk typed, read as Vietnam time; empty when it is not a date and time. */
    public static Optional<Instant> parse(String typed) {
        String text = typed.strip();
        for (DateTimeFormatter format : TYPED) {
            try {
                return Optional.of(LocalDateTime.parse(text, format).atZone(VietnamTime.ZONE).toInstant());
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return Optional.empty();
    }
}

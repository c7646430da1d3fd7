package vn.gov.directive.notification.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Instants as Vietnamese readers expect them: "17:00 thứ Hai, 15/12/2026", in Asia/Ho_Chi_Minh. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VietnamTime() {
    }

    public static String format(Instant instant) {
        if (instant == null) {
            return null;
        }
        ZonedDateTime local = instant.atZone(ZONE);
        return TIME.format(local) + " " + dayName(local.getDayOfWeek()) + ", " + DATE.format(local);
    }

    static String dayName(DayOfWeek day) {
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

package vn.gov.directive.web;

import java.time.Instant;
import java.time.LocalDate;

import io.quarkus.qute.TemplateExtension;
import vn.gov.directive.common.time.VietnamTime;

/**
 * Times in templates, in Vietnam time and the platform's formats ({@link VietnamTime}):
 * {@code {d.deadline.dateTime}} is "07/12/2026 17:00", {@code {day.date}} "07/12/2026". No instant
 * renders as an empty text.
 */
@TemplateExtension
public final class PageTimes {

    private PageTimes() {
    }

    static String dateTime(Instant instant) {
        return VietnamTime.dateTime(instant);
    }

    static String date(LocalDate day) {
        return VietnamTime.date(day);
    }

    /** The value of an {@code <input type="datetime-local">}: "2026-12-07T17:00". */
    static String inputValue(Instant instant) {
        return VietnamTime.inputValue(instant);
    }
}

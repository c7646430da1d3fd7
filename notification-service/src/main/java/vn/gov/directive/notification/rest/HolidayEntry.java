package vn.gov.directive.notification.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.gov.directive.common.text.VietnameseText;
import vn.gov.directive.notification.domain.Holiday;

/** A public holiday: its day and its Vietnamese name ("Tết Nguyên đán", "Quốc khánh"). */
public record HolidayEntry(@NotNull(message = "is required") LocalDate date,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name) {

    static HolidayEntry of(Holiday holiday) {
        return new HolidayEntry(holiday.day, holiday.name);
    }

    Holiday toHoliday() {
        return Holiday.of(date, VietnameseText.nfc(name.strip()));
    }
}

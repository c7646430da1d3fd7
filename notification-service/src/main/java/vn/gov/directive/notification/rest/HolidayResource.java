package vn.gov.directive.notification.rest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.gov.directive.common.problem.Problem;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.common.security.Caller;
import vn.gov.directive.notification.domain.HolidayCalendar;

@Path("/api/v1/calendar/holidays")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Holiday calendar", description = "Public holidays: reminders wait for working time outside them")
public class HolidayResource {

    @Inject
    HolidayCalendar calendar;

    @Inject
    Caller caller;

    @GET
    @Authenticated
    @Operation(summary = "The public holidays, of one year or of all")
    public List<HolidayEntry> holidays(@QueryParam("year") @Min(value = 2000, message = "must be 2000 or later")
            @Max(value = 2100, message = "must be 2100 or earlier") Integer year) {
        return calendar.holidays(year).stream().map(HolidayEntry::of).toList();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.OPERATOR)
    @Operation(summary = "Replace one year's holidays; reminders waiting for working time move to the new calendar's slots")
    public HolidayYear replaceYear(
            @QueryParam("year") @NotNull(message = "is required") @Min(value = 2000, message = "must be 2000 or later")
            @Max(value = 2100, message = "must be 2100 or earlier") Integer year,
            @NotNull(message = "is required") List<@NotNull(message = "is required") @Valid HolidayEntry> holidays) {
        checkDays(year, holidays);
        int moved = calendar.replaceYear(year, holidays.stream().map(HolidayEntry::toHoliday).toList(), caller);
        return new HolidayYear(year, calendar.holidays(year).stream().map(HolidayEntry::of).toList(), moved);
    }

    private static void checkDays(int year, List<HolidayEntry> holidays) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < holidays.size(); i++) {
            HolidayEntry holiday = holidays.get(i);
            if (holiday.date().getYear() != year) {
                errors.add(new Problem.FieldError("holidays[" + i + "].date", "must be in " + year));
            } else if (!seen.add(holiday.date())) {
                errors.add(new Problem.FieldError("holidays[" + i + "].date", "is listed twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The holidays do not fit the year " + year, errors);
        }
    }
}

package vn.gov.directive.directive.rest;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;

import vn.gov.directive.directive.domain.ReminderPolicySpec;

/** Reminders: ISO-8601 durations before the deadline, then every overdueEvery at most maxOverdue times. */
public record ReminderPolicyRequest(
        @Size(max = 20) List<@NotNull Duration> before,
        Duration overdueEvery,
        @Min(0) @Max(100) Integer maxOverdue,
        Boolean respectWorkingHours) {

    @JsonIgnore
    @AssertTrue(message = "durations must be positive")
    public boolean isPositiveDurations() {
        boolean beforeOk = before == null || before.stream().allMatch(d -> d == null || (!d.isNegative() && !d.isZero()));
        return beforeOk && (overdueEvery == null || (!overdueEvery.isNegative() && !overdueEvery.isZero()));
    }

    ReminderPolicySpec toDomain() {
        return new ReminderPolicySpec(before == null ? List.of() : List.copyOf(before), overdueEvery, maxOverdue,
                respectWorkingHours == null || respectWorkingHours);
    }
}

package vn.gov.directive.reporting.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.gov.directive.reporting.config.ReportingConfig;
import vn.gov.directive.reporting.export.ComplianceTable;

/** Times and dates as the pages show them: in the configured zone (Vietnam's), like the exports. */
@ApplicationScoped
@Named("formats") // templates use it as inject:formats
public class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    ReportingConfig config;

    public String time(Instant instant) {
        return ComplianceTable.time(instant, config.zone());
    }

    public String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}

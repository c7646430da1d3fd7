package vn.gov.directive.reporting.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.common.security.Caller;
import vn.gov.directive.reporting.repository.ComplianceQueries;

/** A directive's compliance as the caller may see it, computed against the clock now. */
@ApplicationScoped
public class ComplianceReport {

    @Inject
    ComplianceQueries queries;

    @Inject
    Clock clock;

    /** @throws ProblemException 404 for an unknown directive or another issuer's, 403 for a caller who reads no compliance */
    public Compliance of(UUID directiveId, Caller caller) {
        String what = "Directive " + directiveId;
        TrackedDirective directive = queries.directive(directiveId).orElse(null);
        if (directive == null) {
            ComplianceReaders.onlyIssuer(caller); // a unit officer learns nothing, not even that it does not exist
            throw ProblemException.notFound(what);
        }
        ComplianceReaders.requireDirective(caller, directive.issuer, what);
        return Compliance.of(directive, queries.deliveries(directiveId), clock.instant());
    }

    /** The progress over time of a directive whose compliance the caller could read; days in {@code zone}. */
    public ProgressOverTime overTime(Compliance compliance, ZoneId zone) {
        LocalDate issued = queries.directive(compliance.directiveId())
                .map(d -> d.issuedAt == null ? null : d.issuedAt.atZone(zone).toLocalDate())
                .orElse(null);
        return ProgressOverTime.of(compliance.recipients(), queries.dailyCounts(compliance.directiveId(), zone), issued,
                compliance.asOf().atZone(zone).toLocalDate());
    }
}

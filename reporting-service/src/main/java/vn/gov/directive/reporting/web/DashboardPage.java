package vn.gov.directive.reporting.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.common.rest.Page;
import vn.gov.directive.common.rest.PageRequest;
import vn.gov.directive.common.security.Caller;
import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.Role;
import vn.gov.directive.reporting.config.ReportingConfig;
import vn.gov.directive.reporting.domain.Compliance;
import vn.gov.directive.reporting.domain.ComplianceReaders;
import vn.gov.directive.reporting.domain.ComplianceReport;
import vn.gov.directive.reporting.domain.DirectiveProgress;
import vn.gov.directive.reporting.domain.ProgressOverTime;
import vn.gov.directive.reporting.domain.Statistic;
import vn.gov.directive.reporting.domain.UnitFilter;
import vn.gov.directive.reporting.export.ComplianceFiles;
import vn.gov.directive.reporting.export.ExportFormat;
import vn.gov.directive.reporting.repository.ComplianceQueries;
import vn.gov.directive.reporting.repository.StatisticsQueries;
import vn.gov.directive.common.time.VietnamTime;
import vn.gov.directive.web.ErrorPage;
import vn.gov.directive.web.Labels;
import vn.gov.directive.web.Pager;
import vn.gov.directive.web.SignedIn;

/**
 * The dashboards (issuers: their unit's directives; auditors and operators: all), rendered on the
 * server from the same queries as the API; charts are drawn in the browser from the pages' own tables.
 */
@Path("/dashboard")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class DashboardPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(SignedIn viewer, List<DirectiveLine> directives, long total, Pager pager,
                List<KindLine> kinds);

        static native TemplateInstance directive(SignedIn viewer, DirectiveHead head, List<Count> counts,
                List<UnitLine> units, int shown, boolean filtered, List<Option> statuses, List<Option> roles,
                List<Option> overdue, List<Option> kinds, List<DayLine> days, int recipients);
    }

    /** A directive of the list, with its times shown in Vietnam time. */
    public record DirectiveLine(DirectiveProgress progress, String issuedAt, String deadline) {
    }

    public record KindLine(String label, Statistic statistic, String rate, Integer ratePercent) {
    }

    public record DirectiveHead(UUID id, String number, String subject, String issuer, String deadline, String asOf,
            String recalledAt) {
    }

    public record Count(String label, int value, boolean alarm) {
    }

    public record UnitLine(String unit, String name, String kind, String role, String status, String deadline,
            String acknowledgedAt, String reportedAt, boolean overdue, int notificationsSent) {
    }

    public record DayLine(String day, String isoDay, int acknowledged, int reported, int completed) {
    }

    @Inject
    ComplianceQueries queries;

    @Inject
    StatisticsQueries statistics;

    @Inject
    ComplianceReport report;

    @Inject
    ComplianceFiles files;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    ReportingConfig config;

    @Inject
    Labels labels;

    @GET
    @Transactional
    @Operation(hidden = true)
    public TemplateInstance list(@QueryParam("page") @DefaultValue("0") int page) {
        String onlyIssuer = ComplianceReaders.onlyIssuer(caller).orElse(null);
        int size = config.dashboard().pageSize();
        Page<DirectiveProgress> directives = queries.progress(clock.instant(), onlyIssuer, PageRequest.of(Math.max(0, page), size));
        List<KindLine> kinds = statistics.byUnitKind(clock.instant(), onlyIssuer, null, null).stream()
                .map(s -> new KindLine(labels.unitKind(s.group() == null ? UnitFilter.UNKNOWN_KIND : s.group()), s,
                        s.onTimeRate() == null ? "—" : Math.round(s.onTimeRate() * 100) + "%",
                        s.onTimeRate() == null ? null : (int) Math.round(s.onTimeRate() * 100)))
                .toList();
        return Templates.list(viewer(), directives.items().stream()
                .map(d -> new DirectiveLine(d, VietnamTime.dateTime(d.issuedAt()), VietnamTime.dateTime(d.deadline())))
                .toList(), directives.total(), Pager.of("/dashboard", Map.of(), directives.page(), directives.total(), size), kinds);
    }

    @GET
    @Path("/directives/{id}")
    @Transactional
    @Operation(hidden = true)
    public TemplateInstance directive(@PathParam("id") UUID id, @QueryParam("status") String status,
            @QueryParam("role") String role, @QueryParam("overdue") String overdue, @QueryParam("kind") String kind) {
        Compliance compliance = report.of(id, caller);
        UnitFilter filter = UnitFilter.parse(status, role, overdue, kind);
        List<UnitLine> units = filter.apply(compliance.units()).stream().map(this::line).toList();
        ProgressOverTime overTime = report.overTime(compliance, config.zone());
        List<DayLine> days = overTime.points().stream()
                .map(p -> new DayLine(VietnamTime.date(p.day()), p.day().toString(), p.acknowledged(), p.reported(), p.completed()))
                .toList();
        DirectiveHead head = new DirectiveHead(compliance.directiveId(), compliance.number(), compliance.subject(),
                compliance.issuerName() != null ? compliance.issuerName() : compliance.issuer(),
                VietnamTime.dateTime(compliance.deadline()), VietnamTime.dateTime(compliance.asOf()),
                VietnamTime.dateTime(compliance.recalledAt()));
        List<Count> counts = List.of(new Count("Đơn vị nhận", compliance.recipients(), false),
                new Count("Đã đến đơn vị", compliance.delivered(), false),
                new Count("Đã tiếp nhận", compliance.acknowledged(), false),
                new Count("Đã báo cáo", compliance.reported(), false),
                new Count("Hoàn thành", compliance.completed(), false),
                new Count("Trả lại", compliance.returned(), compliance.returned() > 0),
                new Count("Quá hạn", compliance.overdue(), compliance.overdue() > 0));
        return Templates.directive(viewer(), head, counts, units, units.size(), filter.any(),
                options(Arrays.asList(DeliveryStatus.values()), DeliveryStatus::name, labels::deliveryStatus, filter.status().orElse(null)),
                options(Arrays.asList(Role.values()), Role::name, labels::role, filter.role().orElse(null)),
                List.of(new Option("yes", "Quá hạn", filter.overdue().orElse(false)),
                        new Option("no", "Không quá hạn", !filter.overdue().orElse(true))),
                options(compliance.units().stream().map(u -> u.unitKind() == null ? UnitFilter.UNKNOWN_KIND : u.unitKind())
                        .distinct().sorted().toList(), k -> k, labels::unitKind, filter.kind().orElse(null)),
                days, compliance.recipients());
    }

    @GET
    @Path("/directives/{id}/export")
    @Produces({ "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf",
            MediaType.TEXT_HTML })
    @Transactional
    @Operation(hidden = true)
    public Response export(@PathParam("id") UUID id, @QueryParam("format") String format) {
        ExportFormat chosen = ExportFormat.parse(format);
        return files.download(report.of(id, caller), chosen);
    }

    @ServerExceptionMapper
    Response refused(ProblemException e) {
        return ReportingErrors.of(e, viewer());
    }

    private SignedIn viewer() {
        return SignedIn.of(caller, null, null);
    }

    private UnitLine line(Compliance.UnitRow row) {
        return new UnitLine(row.unit(), row.unitName() == null ? row.unit() : row.unitName(),
                labels.unitKind(row.unitKind() == null ? UnitFilter.UNKNOWN_KIND : row.unitKind()),
                row.role() == null ? "" : labels.role(row.role()), row.status() == null ? "" : labels.deliveryStatus(row.status()),
                VietnamTime.dateTime(row.deadline()), VietnamTime.dateTime(row.acknowledgedAt()),
                VietnamTime.dateTime(row.reportedAt()), row.overdue(), row.notificationsSent());
    }

    private static <T> List<Option> options(List<T> values, java.util.function.Function<T, String> value,
            java.util.function.Function<T, String> label, T selected) {
        List<Option> options = new ArrayList<>();
        for (T v : values) {
            options.add(new Option(value.apply(v), label.apply(v), Objects.equals(v, selected)));
        }
        return options;
    }
}

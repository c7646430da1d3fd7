package vn.gov.directive.distribution.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import vn.gov.directive.common.security.Caller;
import vn.gov.directive.distribution.domain.Delivery;
import vn.gov.directive.distribution.domain.InboxTab;
import vn.gov.directive.distribution.repository.InboxQuery;
import vn.gov.directive.events.DeliveryStatus;

/** The unit's inbox at /portal: tabs with their counts, search without diacritics, three orders, pages of 20. */
@Path("/portal")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class InboxPage {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(Viewer viewer, List<Tab> tabs, Tab current, String search, List<Option> orders,
                List<InboxLine> lines, Paging paging);
    }

    /** One tab: its key in the URL, its name, how many deliveries it holds, where it leads. */
    public record Tab(String key, String label, long count, boolean current, String href) {
    }

    public record Option(String value, String label, boolean selected) {
    }

    /** Page {@code number} (from 1) of {@code pages}; the links are null where there is no such page. */
    public record Paging(int number, int pages, long total, String previous, String next) {
    }

    @Inject
    Caller caller;

    @GET
    @Transactional
    @Operation(hidden = true)
    public Response inbox(@QueryParam("tab") String tabKey, @QueryParam("q") String search, @QueryParam("sort") String sortKey,
            @QueryParam("page") Integer pageNumber) {
        Viewer viewer = Viewer.of(caller);
        if (viewer.unit().isEmpty()) {
            throw ProblemException.forbidden("The account names no unit: there is no inbox");
        }
        InboxTab tab = tab(tabKey);
        InboxQuery.Order order = order(sortKey);
        String text = search == null ? "" : search.strip();
        Instant now = Instant.now();
        Map<InboxTab, Long> counts = InboxQuery.counts(viewer.unit(), text, now);
        long total = counts.get(tab);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int number = pageNumber == null ? 1 : Math.min(Math.max(1, pageNumber), pages);
        List<InboxLine> lines = InboxQuery.of(viewer.unit(), tab, text, order, now).page(number - 1, PAGE_SIZE).list().stream()
                .map(d -> InboxLine.of(d, now)).toList();
        List<Tab> tabs = Arrays.stream(InboxTab.values())
                .map(t -> new Tab(key(t), Labels.tab(t), counts.get(t), t == tab, link(t, text, order, 1)))
                .toList();
        List<Option> orders = List.of(new Option("deadline", "Hạn xử lý gần nhất", order == InboxQuery.Order.DEADLINE),
                new Option("newest", "Mới ban hành trước", order == InboxQuery.Order.NEWEST),
                new Option("urgency", "Độ khẩn cao trước", order == InboxQuery.Order.URGENCY));
        Paging paging = new Paging(number, pages, total, number > 1 ? link(tab, text, order, number - 1) : null,
                number < pages ? link(tab, text, order, number + 1) : null);
        return Response.ok(Templates.inbox(viewer, tabs, tabs.get(tab.ordinal()), text, orders, lines, paging)).build();
    }

    @ServerExceptionMapper
    Response refused(ProblemException e) {
        return ErrorPages.of(e, Viewer.of(caller));
    }

    /** A line of the inbox, everything already in words and Vietnam time (the template renders after the transaction). */
    public record InboxLine(UUID id, String number, String subject, String issuerName, String urgency, String urgencyClass,
            String deadline, String status, String statusClass, boolean overdue, boolean dueSoon, boolean amended, String role,
            String issuedAt) {

        static InboxLine of(Delivery d, Instant now) {
            boolean overdue = d.isOverdue(now);
            String statusClass = overdue ? "overdue" : d.status == DeliveryStatus.DELIVERED ? "new"
                    : d.status.name().toLowerCase(Locale.ROOT).replace('_', '-');
            return new InboxLine(d.id, d.directive.number, d.directive.subject, d.directive.issuerName,
                    Labels.urgency(d.directive.urgency), d.directive.urgency.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    Formats.time(d.deadline), Labels.status(d.status), statusClass, overdue, InboxTab.isDueSoon(d, now),
                    d.needsAcknowledgment() && d.acknowledgedVersion != null && d.acknowledgedVersion < d.directive.version,
                    Labels.role(d.role), Formats.time(d.directive.issuedAt));
        }
    }

    static String key(InboxTab tab) {
        return tab.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static InboxTab tab(String key) {
        return Arrays.stream(InboxTab.values()).filter(t -> key(t).equals(key)).findFirst().orElse(InboxTab.ALL);
    }

    private static InboxQuery.Order order(String key) {
        return Arrays.stream(InboxQuery.Order.values()).filter(o -> o.name().equalsIgnoreCase(key)).findFirst()
                .orElse(InboxQuery.Order.DEADLINE);
    }

    private static String link(InboxTab tab, String search, InboxQuery.Order order, int page) {
        StringBuilder uri = new StringBuilder("/portal?tab=").append(key(tab));
        if (!search.isEmpty()) {
            uri.append("&q=").append(URLEncoder.encode(search, StandardCharsets.UTF_8));
        }
        if (order != InboxQuery.Order.DEADLINE) {
            uri.append("&sort=").append(order.name().toLowerCase(Locale.ROOT));
        }
        if (page > 1) {
            uri.append("&page=").append(page);
        }
        return uri.toString();
    }
}

package vn.gov.directive.distribution.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
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
import vn.gov.directive.distribution.domain.Delivery;
import vn.gov.directive.distribution.domain.InboxTab;
import vn.gov.directive.distribution.repository.InboxQuery;
import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.Urgency;
import vn.gov.directive.common.time.VietnamTime;
import vn.gov.directive.web.Labels;
import vn.gov.directive.web.LabelsBundle;
import vn.gov.directive.web.Pager;
import vn.gov.directive.web.SignedIn;

/** The unit's inbox at /portal: tabs with their counts, search without diacritics, three orders, pages of 20. */
@Path("/portal")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class InboxPage {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(SignedIn viewer, List<Tab> tabs, Tab current, String search, List<Option> orders,
                List<InboxLine> lines, long total, Pager pager);
    }

    /** One tab: its key in the URL, its name, how many deliveries it holds, where it leads. */
    public record Tab(String key, String label, long count, boolean current, String href) {
    }

    public record Option(String value, String label, boolean selected) {
    }

    @Inject
    Portal portal;

    @Inject
    PortalLabels labels;

    @GET
    @Transactional
    @Operation(hidden = true)
    public Response inbox(@QueryParam("tab") String tabKey, @QueryParam("q") String search, @QueryParam("sort") String sortKey,
            @QueryParam("page") Integer pageNumber) {
        String unit = portal.unit("The account names no unit: there is no inbox");
        InboxTab tab = tab(tabKey);
        InboxQuery.Order order = order(sortKey);
        String text = search == null ? "" : search.strip();
        Instant now = Instant.now();
        Map<InboxTab, Long> counts = InboxQuery.counts(unit, text, now);
        long total = counts.get(tab);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = pageNumber == null ? 0 : Math.min(Math.max(0, pageNumber), pages - 1);
        List<InboxLine> lines = InboxQuery.of(unit, tab, text, order, now).page(page, PAGE_SIZE).list().stream()
                .map(d -> InboxLine.of(d, now)).toList();
        List<Tab> tabs = Arrays.stream(InboxTab.values())
                .map(t -> new Tab(key(t), labels.tab(t), counts.get(t), t == tab,
                        Pager.href("/portal", query(t, text, order), 0)))
                .toList();
        List<Option> orders = List.of(new Option("deadline", "Hạn xử lý gần nhất", order == InboxQuery.Order.DEADLINE),
                new Option("newest", "Mới ban hành trước", order == InboxQuery.Order.NEWEST),
                new Option("urgency", "Độ khẩn cao trước", order == InboxQuery.Order.URGENCY));
        return Response.ok(Templates.inbox(portal.viewer(), tabs, tabs.get(tab.ordinal()), text, orders, lines, total,
                Pager.of("/portal", query(tab, text, order), page, total, PAGE_SIZE))).build();
    }

    @ServerExceptionMapper
    Response refused(ProblemException e) {
        return PortalErrors.of(e, portal);
    }

    /** A line of the inbox, everything already in words and Vietnam time (the template renders after the transaction). */
    public record InboxLine(UUID id, String number, String subject, String issuerName, String urgency, String urgencyClass,
            String deadline, String status, String statusClass, boolean overdue, boolean dueSoon, boolean amended, String role,
            String issuedAt) {

        static InboxLine of(Delivery d, Instant now) {
            boolean overdue = d.isOverdue(now);
            String statusClass = overdue ? "overdue" : d.status == DeliveryStatus.DELIVERED ? "new"
                    : d.status.name().toLowerCase(Locale.ROOT).replace('_', '-');
            Labels labels = LabelsBundle.get();
            return new InboxLine(d.id, d.directive.number, d.directive.subject, d.directive.issuerName,
                    d.directive.urgency == Urgency.NORMAL ? "" : labels.urgency(d.directive.urgency), d.directive.urgency.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    VietnamTime.dateTime(d.deadline), labels.deliveryStatus(d.status), statusClass, overdue, InboxTab.isDueSoon(d, now),
                    d.needsAcknowledgment() && d.acknowledgedVersion != null && d.acknowledgedVersion < d.directive.version,
                    labels.role(d.role), VietnamTime.dateTime(d.directive.issuedAt));
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

    /** The inbox's query for a tab, a search and an order (the default order left out). */
    private static Map<String, String> query(InboxTab tab, String search, InboxQuery.Order order) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("tab", key(tab));
        query.put("q", search);
        query.put("sort", order == InboxQuery.Order.DEADLINE ? "" : order.name().toLowerCase(Locale.ROOT));
        return query;
    }
}

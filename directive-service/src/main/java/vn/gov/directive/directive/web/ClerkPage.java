package vn.gov.directive.directive.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.common.rest.Page;
import vn.gov.directive.common.rest.PageRequest;
import vn.gov.directive.common.time.VietnamTime;
import vn.gov.directive.common.security.Caller;
import vn.gov.directive.directive.domain.Directive;
import vn.gov.directive.directive.domain.DirectiveReads;
import vn.gov.directive.directive.domain.DirectiveStatus;
import vn.gov.directive.web.FormErrors;
import vn.gov.directive.web.Html;
import vn.gov.directive.web.Pager;
import vn.gov.directive.web.SignedIn;

/**
 * The issuing clerk's reading pages: the unit's directives and a directive's page. They read
 * through the same DirectiveReads as /api/v1/directives; only issuers, for their own unit. The
 * draft form is {@link DraftPage}, issuing a draft {@link IssuePage}.
 */
@Path("/clerk")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class ClerkPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(SignedIn viewer, List<Row> rows, long total, String q, String status,
                List<Option> statuses, Pager pager);

        static native TemplateInstance directive(SignedIn viewer, DirectiveSheet sheet, String done, FormErrors errors);
    }

    /** A directive of the list, its times in Vietnam time. */
    public record Row(UUID id, String number, String subject, DirectiveStatus status, String statusLabel, String deadline,
            String issuedAt, String createdAt) {
    }

    @Inject
    Clerk clerk;

    @Inject
    DirectiveReads reads;

    @Inject
    DirectiveSheets sheets;

    @Inject
    DirectiveLabels labels;

    @Inject
    ClerkConfig config;

    @GET
    @Operation(hidden = true)
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") int page) {
        Caller actor = clerk.actor();
        String words = q == null ? "" : q.strip();
        if (words.length() > 200) {
            words = words.substring(0, 200);
        }
        DirectiveStatus wanted = Arrays.stream(DirectiveStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
        int size = config.pageSize();
        // Only the clerk's unit, even for a clerk who may also read everything (an auditor, say).
        Page<Directive> found = reads.list(actor.unit().orElseThrow(), wanted, words, actor, PageRequest.of(Math.max(0, page), size));
        List<Row> rows = found.items().stream().map(d -> new Row(d.id, d.numberText, d.subject, d.status, labels.status(d.status),
                VietnamTime.dateTime(d.deadline), VietnamTime.dateTime(d.issuedAt), VietnamTime.dateTime(d.createdAt))).toList();
        List<Option> statuses = new ArrayList<>();
        statuses.add(new Option("", "Tất cả"));
        Arrays.stream(DirectiveStatus.values()).forEach(s -> statuses.add(new Option(s.name(), labels.status(s))));
        String shownStatus = wanted == null ? "" : wanted.name();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("q", words);
        query.put("status", shownStatus);
        return Templates.list(clerk.viewer(), rows, found.total(), words, shownStatus, statuses,
                Pager.of("/clerk", query, found.page(), found.total(), size));
    }

    @GET
    @Path("/directive")
    @Operation(hidden = true)
    public TemplateInstance directive(@QueryParam("id") UUID id, @QueryParam("done") String done) {
        Caller actor = clerk.actor();
        if (id == null) {
            throw ProblemException.notFound("Directive");
        }
        return Templates.directive(clerk.viewer(), sheets.sheet(id, actor), done == null ? "" : done, new FormErrors());
    }

    @ServerExceptionMapper
    Response refused(ProblemException e) {
        return ClerkErrors.of(e, clerk.viewer());
    }

    /** The directive's page after an action: "issued", "saved", or null for the page as it is. */
    static Response seeDirective(UUID id, String done) {
        UriBuilder to = UriBuilder.fromPath("/clerk/directive").queryParam("id", id);
        if (done != null) {
            to.queryParam("done", done);
        }
        URI location = to.build();
        return Html.seeOther(location);
    }
}

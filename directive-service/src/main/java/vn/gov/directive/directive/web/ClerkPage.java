package vn.gov.directive.directive.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.oidc.IdToken;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import vn.gov.directive.common.directory.ReplicaUnit;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.common.rest.Page;
import vn.gov.directive.common.rest.PageRequest;
import vn.gov.directive.common.security.Caller;
import vn.gov.directive.common.text.VietnameseText;
import vn.gov.directive.common.time.VietnamTime;
import vn.gov.directive.directive.domain.Directive;
import vn.gov.directive.directive.domain.DirectiveReads;
import vn.gov.directive.directive.domain.DirectiveService;
import vn.gov.directive.directive.domain.DirectiveStatus;
import vn.gov.directive.directive.domain.DirectiveSubmission;
import vn.gov.directive.directive.domain.RecipientExpansion;
import vn.gov.directive.directive.domain.ReplicaLookup;
import vn.gov.directive.directive.domain.ReportFieldType;
import vn.gov.directive.directive.repository.DirectoryListing;
import vn.gov.directive.events.Recipient;
import vn.gov.directive.events.Role;
import vn.gov.directive.events.Urgency;

/**
 * The issuing clerk's pages: the unit's directives, the draft form, a directive's page. They call
 * the same domain services as /api/v1/directives (DirectiveSubmission, DirectiveService,
 * DirectiveReads) with the same request type and its Bean Validation; only issuers, for their
 * own unit. Every form posts with a CSRF token and answers with a redirect (post, redirect, get).
 */
@Path("/clerk")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class ClerkPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Viewer viewer, List<Row> rows, long total, String q, String status,
                List<Option> statuses, Pager pager);

        static native TemplateInstance form(Viewer viewer, ClerkForm form, FormErrors errors, FormChoices choices,
                List<TaskBlock> tasks);

        static native TemplateInstance directive(Viewer viewer, DirectiveSheet sheet, String done, FormErrors errors);
    }

    /** A directive of the list, its times in Vietnam time. */
    public record Row(UUID id, String number, String subject, DirectiveStatus status, String statusLabel, String deadline,
            String issuedAt, String createdAt) {
    }

    /** Page numbers as people count them (from 1); the previous and next pages' query values, null at either end. */
    public record Pager(int shown, int pages, String previous, String next) {

        static Pager of(int page, int pages, String q, String status) {
            return new Pager(page + 1, pages, page > 0 ? href(page - 1, q, status) : null,
                    page + 1 < pages ? href(page + 1, q, status) : null);
        }

        private static String href(int page, String q, String status) {
            UriBuilder to = UriBuilder.fromPath("/clerk");
            if (!q.isEmpty()) {
                to.queryParam("q", q);
            }
            if (!status.isEmpty()) {
                to.queryParam("status", status);
            }
            return to.queryParam("page", page).build().toString();
        }
    }

    /** One block of the form's tasks, as typed. */
    public record TaskBlock(int index, int number, String title, String assignee, String deadline, String fieldLabel,
            String fieldType, boolean focus, String titleError, String assigneeError, String deadlineError, String fieldError) {

        static TaskBlock of(ClerkForm form, int i, FormErrors errors) {
            String id = "task-" + i + "-";
            boolean added = ClerkForm.ADD_TASK.equals(form.action) && i == form.taskSlots() - 1;
            return new TaskBlock(i, i + 1, ClerkForm.at(form.taskTitle, i), ClerkForm.at(form.taskAssignee, i),
                    ClerkForm.at(form.taskDeadline, i), ClerkForm.at(form.taskFieldLabel, i), ClerkForm.at(form.taskFieldType, i),
                    added, errors.get(id + "title"), errors.get(id + "assignee"), errors.get(id + "deadline"),
                    errors.get(id + "field"));
        }
    }

    @Inject
    Caller caller;

    @Inject
    @IdToken
    JsonWebToken idToken;

    @Inject
    DirectiveSubmission submission;

    @Inject
    DirectiveService directives;

    @Inject
    DirectiveReads reads;

    @Inject
    ReplicaLookup directory;

    @Inject
    DirectoryListing listing;

    @Inject
    Validator validator;

    @Inject
    ClerkConfig config;

    @GET
    @Operation(hidden = true)
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") int page) {
        Caller actor = clerk();
        String words = q == null ? "" : q.strip();
        if (words.length() > 200) {
            words = words.substring(0, 200);
        }
        DirectiveStatus wanted = Arrays.stream(DirectiveStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
        int size = config.pageSize();
        // Only the clerk's unit, even for a clerk who may also read everything (an auditor, say).
        Page<Directive> found = reads.list(actor.unit().orElseThrow(), wanted, words, actor, PageRequest.of(Math.max(0, page), size));
        int pages = (int) Math.max(1, (found.total() + size - 1) / size);
        List<Row> rows = found.items().stream().map(d -> new Row(d.id, d.numberText, d.subject, d.status, Labels.of(d.status),
                Formats.time(d.deadline), Formats.time(d.issuedAt), Formats.time(d.createdAt))).toList();
        List<Option> statuses = new ArrayList<>();
        statuses.add(new Option("", "Tất cả"));
        Arrays.stream(DirectiveStatus.values()).forEach(s -> statuses.add(new Option(s.name(), Labels.of(s))));
        String shownStatus = wanted == null ? "" : wanted.name();
        return Templates.list(viewer(), rows, found.total(), words, shownStatus, statuses,
                Pager.of(found.page(), pages, words, shownStatus));
    }

    @GET
    @Path("/new")
    @Operation(hidden = true)
    public TemplateInstance blank() {
        clerk();
        return form(ClerkForm.blank(UUID.randomUUID().toString(), config.taskSlots()), new FormErrors());
    }

    @POST
    @Path("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response submit(@BeanParam ClerkForm form) {
        Caller actor = clerk();
        if (ClerkForm.ADD_TASK.equals(form.action)) {
            form.addTaskSlot();
            return page(200, form(form, new FormErrors()));
        }
        String issuer = actor.unit().orElseThrow();
        DraftReading reading = DraftReading.of(form, issuer);
        reading.refusedBy(validator.validate(reading.request()));
        if (reading.errors().any()) {
            return page(422, form(form, reading.errors()));
        }
        boolean issue = ClerkForm.ISSUE.equals(form.action);
        try {
            DirectiveSubmission.Outcome outcome = submission.submit(issuer, reading.request().toContent(), null,
                    reading.submissionKey(), issue, actor);
            return seeOther(outcome.id(), issue ? "issued" : "saved");
        } catch (ProblemException e) {
            if (e.problem().status() != 422) {
                throw e;
            }
            reading.refusedBy(e.problem());
            return page(422, form(form, reading.errors()));
        }
    }

    @GET
    @Path("/directive")
    @Operation(hidden = true)
    public TemplateInstance directive(@QueryParam("id") UUID id, @QueryParam("done") String done) {
        Caller actor = clerk();
        if (id == null) {
            throw ProblemException.notFound("Directive");
        }
        return Templates.directive(viewer(), sheet(id, actor), done == null ? "" : done, new FormErrors());
    }

    @POST
    @Path("/directive/issue")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response issue(@RestForm UUID id) {
        Caller actor = clerk();
        if (id == null) {
            throw ProblemException.notFound("Directive");
        }
        try {
            directives.issue(id, actor);
            return seeOther(id, "issued");
        } catch (ProblemException e) {
            if (e.problem().status() == 409) {
                return seeOther(id, null); // issued meanwhile (a second click): its page says so
            }
            if (e.problem().status() != 422) {
                throw e;
            }
            FormErrors errors = new FormErrors();
            ProblemMessages.describe(e.problem(), errors);
            return page(422, Templates.directive(viewer(), sheet(id, actor), "", errors));
        }
    }

    @ServerExceptionMapper
    Response refused(ProblemException e) {
        return ErrorPages.of(e, viewer());
    }

    /** The signed-in user as the domain sees them; only an issuer with a unit uses these pages. */
    private Caller clerk() {
        if (!caller.is(Caller.ISSUER) || caller.unit().isEmpty()) {
            throw ProblemException.forbidden(caller.name() + " is not an issuer of a unit");
        }
        return caller;
    }

    private Viewer viewer() {
        String unit = caller.unit().orElse(null);
        return Viewer.of(caller, idToken, unit == null ? null : listing.names(List.of(unit)).get(unit));
    }

    private TemplateInstance form(ClerkForm form, FormErrors errors) {
        LocalDate today = VietnamTime.dayOf(Instant.now());
        List<TaskBlock> tasks = new ArrayList<>();
        for (int i = 0; i < form.taskSlots(); i++) {
            tasks.add(TaskBlock.of(form, i, errors));
        }
        Map<String, Role> picks = DraftReading.picksOf(form);
        FormChoices choices = FormChoices.of(listing.groups(today, caller.unit().orElse("")), listing.units(today),
                caller.unit().orElse(""), picks);
        Set<String> shown = new HashSet<>();
        choices.groups().forEach(c -> shown.add(c.id()));
        choices.units().forEach(c -> shown.add(c.id()));
        errors.keepOnly(shown, "recipients", "Nơi nhận");
        return Templates.form(viewer(), form, errors, choices.withErrors(errors), tasks);
    }

    @Transactional
    DirectiveSheet sheet(UUID id, Caller actor) {
        DirectiveReads.DirectiveState state = reads.state(id, actor);
        Directive d = state.directive();
        Set<String> codes = new HashSet<>();
        d.content().recipients().forEach(r -> codes.add(r.target().namesGroup() ? r.target().group() : r.target().unit()));
        d.content().tasks().forEach(t -> t.assignees().forEach(a -> codes.add(a.namesGroup() ? a.group() : a.unit())));
        DirectiveSheet.Expansion expansion;
        if (d.status == DirectiveStatus.DRAFT) {
            expansion = preview(d, codes);
        } else {
            // Counts from the stored list; the names of its first page (a province-wide directive has thousands).
            List<Recipient> shown = reads.recipients(id, actor, PageRequest.of(0, PageRequest.MAX_SIZE)).items();
            shown.forEach(r -> codes.add(r.unit()));
            expansion = DirectiveSheet.Expansion.of(false, d.recipientCount, state.recipientsByRole(), shown, listing.names(codes));
        }
        Map<String, String> names = listing.names(codes);
        return DirectiveSheet.of(d, names, expansion);
    }

    /** A draft's recipients as the domain would expand them if it were issued now, or why it could not be. */
    private DirectiveSheet.Expansion preview(Directive d, Set<String> codes) {
        try {
            List<Recipient> expanded = new RecipientExpansion(directory).recipients(d.content().recipients(), d.issuer,
                    VietnamTime.dayOf(Instant.now()));
            expanded.forEach(r -> codes.add(r.unit()));
            Map<Role, Integer> byRole = new EnumMap<>(Role.class);
            expanded.forEach(r -> byRole.merge(r.role(), 1, Integer::sum));
            return DirectiveSheet.Expansion.of(true, expanded.size(), byRole, expanded, listing.names(codes));
        } catch (ProblemException e) {
            return DirectiveSheet.Expansion.refused(ProblemMessages.summary(e.problem()));
        }
    }

    private static Response seeOther(UUID id, String done) {
        UriBuilder to = UriBuilder.fromPath("/clerk/directive").queryParam("id", id);
        if (done != null) {
            to.queryParam("done", done);
        }
        URI location = to.build();
        return Response.seeOther(location).build();
    }

    private static Response page(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    /** The select boxes of the form. */
    public record FormChoices(List<Option> documentTypes, List<Option> urgencies, List<Option> authorities,
            List<Option> roles, List<Option> fieldTypes, List<Choice> groups, List<Choice> units, List<Option> assignees) {

        static FormChoices of(List<DirectoryListing.Group> groups, List<ReplicaUnit> units, String issuer,
                Map<String, Role> picks) {
            List<Option> types = Labels.DOCUMENT_TYPES.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList();
            List<Option> urgencies = Arrays.stream(Urgency.values()).map(u -> new Option(u.name(), Labels.of(u))).toList();
            List<Option> authorities = List.of(new Option("", "Ký trực tiếp"), new Option("KT.", "KT. (ký thay)"),
                    new Option("TL.", "TL. (thừa lệnh)"), new Option("TM.", "TM. (thay mặt)"), new Option("TUQ.", "TUQ. (thừa ủy quyền)"));
            List<Option> roles = Arrays.stream(Role.values()).map(r -> new Option(r.name(), Labels.of(r))).toList();
            List<Option> fieldTypes = List.of(new Option(ReportFieldType.INTEGER.name(), "Số nguyên (ví dụ: số tin bài)"),
                    new Option(ReportFieldType.NUMBER.name(), "Số (có phần thập phân)"),
                    new Option(ReportFieldType.TEXT.name(), "Chữ"));
            List<Choice> groupChoices = groups.stream().map(g -> Choice.of("G", g.code(), g.name(),
                    g.members() + " đơn vị", picks)).toList();
            List<Choice> unitChoices = units.stream().filter(u -> !u.code().equals(issuer))
                    .map(u -> Choice.of("U", u.code(), u.name(), u.code(), picks)).toList();
            List<Option> assignees = new ArrayList<>();
            assignees.add(new Option(ClerkForm.ACTION_RECIPIENTS, "Đơn vị chủ trì (theo Nơi nhận)"));
            groupChoices.forEach(g -> assignees.add(new Option(g.key(), "Nhóm: " + g.name())));
            unitChoices.forEach(u -> assignees.add(new Option(u.key(), u.name())));
            return new FormChoices(types, urgencies, authorities, roles, fieldTypes, groupChoices, unitChoices, assignees);
        }

        FormChoices withErrors(FormErrors errors) {
            return new FormChoices(documentTypes, urgencies, authorities, roles, fieldTypes,
                    groups.stream().map(c -> c.withError(errors.get(c.id()))).toList(),
                    units.stream().map(c -> c.withError(errors.get(c.id()))).toList(), assignees);
        }
    }

    /** A group or unit the clerk may pick, with the role picked (empty: not a recipient) and its error. */
    public record Choice(String key, String id, String code, String name, String detail, String search, String picked,
            String error) {

        static Choice of(String kind, String code, String name, String detail, Map<String, Role> picks) {
            String key = kind + ":" + code;
            Role role = picks.get(key);
            return new Choice(key, "r-" + kind + "-" + code, code, name, detail, VietnameseText.fold(name + " " + code),
                    role == null ? "" : role.name(), "");
        }

        Choice withError(String message) {
            return new Choice(key, id, code, name, detail, search, picked, message);
        }
    }
}

package vn.gov.directive.directive.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.common.time.VietnamTime;
import vn.gov.directive.common.security.Caller;
import vn.gov.directive.directive.domain.DirectiveSubmission;
import vn.gov.directive.directive.repository.DirectoryListing;
import vn.gov.directive.events.Role;
import vn.gov.directive.web.FormErrors;
import vn.gov.directive.web.Html;
import vn.gov.directive.web.Labels;
import vn.gov.directive.web.SignedIn;

/**
 * The draft form (/clerk/new): read as the API's request and held to its Bean Validation and the
 * domain's rules (DirectiveSubmission), saved or issued, then a redirect to the directive's page;
 * a refused form comes back with everything typed and the messages beside the fields.
 */
@Path("/clerk/new")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class DraftPage {

    @CheckedTemplate(basePath = "ClerkPage")
    static class Templates {
        static native TemplateInstance form(SignedIn viewer, ClerkForm form, FormErrors errors, FormChoices choices,
                List<TaskBlock> tasks);
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
    Clerk clerk;

    @Inject
    DirectiveSubmission submission;

    @Inject
    DirectoryListing listing;

    @Inject
    Validator validator;

    @Inject
    Labels labels;

    @Inject
    ClerkConfig config;

    @GET
    @Operation(hidden = true)
    public TemplateInstance blank() {
        clerk.actor();
        return form(ClerkForm.blank(UUID.randomUUID().toString(), config.taskSlots()), new FormErrors());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response submit(@BeanParam ClerkForm form) {
        Caller actor = clerk.actor();
        if (ClerkForm.ADD_TASK.equals(form.action)) {
            form.addTaskSlot();
            return Html.page(200, form(form, new FormErrors()));
        }
        String issuer = actor.unit().orElseThrow();
        DraftReading reading = DraftReading.of(form, issuer);
        reading.refusedBy(validator.validate(reading.request()));
        if (reading.errors().any()) {
            return Html.page(422, form(form, reading.errors()));
        }
        boolean issue = ClerkForm.ISSUE.equals(form.action);
        try {
            DirectiveSubmission.Outcome outcome = submission.submit(issuer, reading.request().toContent(), null,
                    reading.submissionKey(), issue, actor);
            return ClerkPage.seeDirective(outcome.id(), issue ? "issued" : "saved");
        } catch (ProblemException e) {
            if (e.problem().status() != 422) {
                throw e;
            }
            reading.refusedBy(e.problem());
            return Html.page(422, form(form, reading.errors()));
        }
    }

    @ServerExceptionMapper
    Response refused(ProblemException e) {
        return ClerkErrors.of(e, clerk.viewer());
    }

    private TemplateInstance form(ClerkForm form, FormErrors errors) {
        LocalDate today = VietnamTime.dayOf(Instant.now());
        List<TaskBlock> tasks = new ArrayList<>();
        for (int i = 0; i < form.taskSlots(); i++) {
            tasks.add(TaskBlock.of(form, i, errors));
        }
        Map<String, Role> picks = DraftReading.picksOf(form);
        FormChoices choices = FormChoices.of(listing.groups(today, clerk.unit()), listing.units(today), clerk.unit(), picks, labels);
        Set<String> shown = new HashSet<>();
        choices.groups().forEach(c -> shown.add(c.id()));
        choices.units().forEach(c -> shown.add(c.id()));
        errors.moveTo("recipients", "Nơi nhận", field -> field.startsWith("r-") && !shown.contains(field));
        return Templates.form(clerk.viewer(), form, errors, choices.withErrors(errors), tasks);
    }
}

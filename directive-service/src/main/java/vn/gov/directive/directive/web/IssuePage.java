package vn.gov.directive.directive.web;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.smallrye.common.annotation.Blocking;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.common.security.Caller;
import vn.gov.directive.directive.domain.DirectiveService;
import vn.gov.directive.web.FormErrors;
import vn.gov.directive.web.Html;

/** The "Ban hành" button of a draft's page: issues it through DirectiveService, as the API does, and redirects. */
@Path("/clerk/directive/issue")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class IssuePage {

    @Inject
    Clerk clerk;

    @Inject
    DirectiveService directives;

    @Inject
    DirectiveSheets sheets;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response issue(@RestForm UUID id) {
        Caller actor = clerk.actor();
        if (id == null) {
            throw ProblemException.notFound("Directive");
        }
        try {
            directives.issue(id, actor);
            return ClerkPage.seeDirective(id, "issued");
        } catch (ProblemException e) {
            if (e.problem().status() == 409) {
                return ClerkPage.seeDirective(id, null); // issued meanwhile (a second click): its page says so
            }
            if (e.problem().status() != 422) {
                throw e;
            }
            FormErrors errors = new FormErrors();
            errors.add(FormErrors.GENERAL, "Ban hành", ProblemMessages.summary(e.problem()));
            return Html.page(422, ClerkPage.Templates.directive(clerk.viewer(), sheets.sheet(id, actor), "", errors));
        }
    }

    @ServerExceptionMapper
    Response refused(ProblemException e) {
        return ClerkErrors.of(e, clerk.viewer());
    }
}

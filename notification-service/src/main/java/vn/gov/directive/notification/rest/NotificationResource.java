package vn.gov.directive.notification.rest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import vn.gov.directive.common.problem.Problem;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.common.rest.Page;
import vn.gov.directive.common.rest.PageRequest;
import vn.gov.directive.common.security.Caller;
import vn.gov.directive.notification.domain.NoticeDirective;
import vn.gov.directive.notification.domain.Notification;
import vn.gov.directive.notification.domain.NotificationFilter;

@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Notifications", description = "Notices and reminders mailed to units, and how each went")
public class NotificationResource {

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "What was sent or is due, to whom, when, and its outcome, newest first: operators and "
            + "auditors see all, the issuer its directive's, a unit officer its own unit's")
    public Page<NotificationView> list(@QueryParam("directiveId") String directiveId, @QueryParam("unit") String unit,
            @Valid @BeanParam PageRequest paging) {
        UUID directive = parse(directiveId);
        String issuer = directive == null ? null
                : NoticeDirective.<NoticeDirective>findByIdOptional(directive).map(d -> d.issuer).orElse(null);
        NotificationFilter scope = NotificationFilter.of(caller, directive, issuer, unit)
                .orElseThrow(() -> ProblemException.forbidden("Only operators, auditors, the directive's issuer and the unit itself see these notifications"));
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (scope.directiveId() != null) {
            where.append(" and directiveId = :directiveId");
            parameters.put("directiveId", scope.directiveId());
        }
        if (scope.unit() != null) {
            where.append(" and unit = :unit");
            parameters.put("unit", scope.unit());
        }
        PanacheQuery<Notification> query = Notification.find(where.toString(),
                Sort.descending("createdAt").and("dueAt", Sort.Direction.Descending).and("id"), parameters)
                .page(paging.page, paging.size);
        return new Page<>(query.list().stream().map(NotificationView::of).toList(), paging.page, paging.size, query.count());
    }

    private static UUID parse(String directiveId) {
        if (directiveId == null || directiveId.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(directiveId);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("directiveId is not a UUID",
                    List.of(new Problem.FieldError("directiveId", "must be a UUID")));
        }
    }
}

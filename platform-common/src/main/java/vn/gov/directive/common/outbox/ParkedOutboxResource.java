package vn.gov.directive.common.outbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.arc.properties.IfBuildProperty;

import vn.gov.directive.common.rest.Page;
import vn.gov.directive.common.rest.PageRequest;
import vn.gov.directive.common.security.Caller;

/**
 * Outbox rows Kafka refused for good (DESIGN §3, parked rows): operators and auditors list them,
 * operators retry or discard them. 404 problem for a row that is not parked.
 */
@IfBuildProperty(name = OutboxConfig.ENABLED, stringValue = "true")
@Path("/api/v1/outbox/parked")
@Produces(MediaType.APPLICATION_JSON)
public class ParkedOutboxResource {

    @Inject
    ParkedRows parked;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({ Caller.OPERATOR, Caller.AUDITOR })
    // Outbox rows parked because Kafka refused them for a permanent reason, oldest first
    public Page<ParkedRow> list(@Valid @BeanParam PageRequest page) {
        return parked.list(page);
    }

    @POST
    @Path("/{id}/retry")
    @RolesAllowed(Caller.OPERATOR)
    // Put a parked row back in line: it is sent again before the rows of its key
    public void retry(@PathParam("id") long id) {
        parked.retry(id, caller);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Caller.OPERATOR)
    // Discard a parked row: it is never sent, the rows of its key waiting behind it go on
    public void discard(@PathParam("id") long id) {
        parked.discard(id, caller);
    }

    @POST
    @Path("/{id}/discard")
    @RolesAllowed(Caller.OPERATOR)
    // Same as DELETE, for clients that only POST
    public void discardByPost(@PathParam("id") long id) {
        parked.discard(id, caller);
    }
}

package vn.gov.directive.distribution.rest;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import vn.gov.directive.common.problem.Problem;
import vn.gov.directive.distribution.domain.IllegalTransitionException;

/** An action the delivery's state does not allow: 409, the detail naming the current state. */
public class IllegalTransitionMapper {

    @ServerExceptionMapper
    public Response illegal(IllegalTransitionException e) {
        return Response.status(Response.Status.CONFLICT).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(409, "illegal-transition", "Conflict", e.getMessage())).build();
    }
}

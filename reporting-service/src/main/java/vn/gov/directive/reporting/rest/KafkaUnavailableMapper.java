package vn.gov.directive.reporting.rest;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import vn.gov.directive.common.problem.Problem;
import vn.gov.directive.reporting.ops.KafkaUnavailableException;

/** The broker did not answer: 503 as a problem, so the page can say so. */
public class KafkaUnavailableMapper {

    @ServerExceptionMapper
    public Response unavailable(KafkaUnavailableException e) {
        Problem problem = Problem.of(503, "kafka-unavailable", "Service Unavailable", e.getMessage());
        return Response.status(503).type("application/problem+json").entity(problem).build();
    }
}

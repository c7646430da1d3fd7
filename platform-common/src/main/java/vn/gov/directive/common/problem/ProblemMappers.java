package vn.gov.directive.common.problem;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns every refusal into an RFC 9457 {@code application/problem+json} response. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response domain(ProblemException e) {
        Response response = respond(e.problem());
        return e.retryAfterSeconds() == null ? response
                : Response.fromResponse(response).header("Retry-After", e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(Problem.of(400, "validation", "Bad Request", "The request has invalid fields").withErrors(errors));
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e) {
        String detail = e instanceof JsonParseException ? "The body is not well-formed JSON" : "The body does not have the expected shape";
        return respond(Problem.of(400, "malformed-json", "Bad Request", detail));
    }

    /**
     * JSON that does not bind: a value of the wrong type, an unknown field. quarkus-rest-jackson
     * maps this exception itself (plain JSON), so this mapper outranks it.
     */
    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e) {
        String field = pathOf(e);
        boolean unknown = e instanceof UnrecognizedPropertyException;
        if (field.isEmpty()) {
            return respond(Problem.of(400, "malformed-json", "Bad Request", "The body does not have the expected shape"));
        }
        String detail = unknown ? "Field '" + field + "' is not part of the request" : "Field '" + field + "' has a value of the wrong type";
        return respond(Problem.of(400, "malformed-json", "Bad Request", detail)
                .withErrors(List.of(new Problem.FieldError(field, unknown ? "unknown field" : "wrong type"))));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        return respond(Problem.of(status, "http-" + status, title, e.getMessage()));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** "create.request.recipients[0].unit" names the field "recipients[0].unit". */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", Arrays.copyOfRange(parts, 2, parts.length)) : path;
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}

package vn.gov.directive.common.problem;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns every refusal into an RFC 9457 {@code application/problem+json} response. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** What a page (not the API) shows for an unexpected failure: the pages speak Vietnamese. */
    private static final String PAGE_500 = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Lỗi hệ thống</title></head>"
            + "<body><h1>Đã xảy ra lỗi</h1><p>Hệ thống không xử lý được yêu cầu. Vui lòng thử lại sau.</p></body></html>";

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

    /** Too deep, too long a string or number (JsonLimits): the parser stopped as soon as the limit was passed. */
    @ServerExceptionMapper(priority = 1)
    public Response tooComplex(StreamConstraintsException e) {
        return respond(Problem.of(400, "json-limits", "Bad Request", "The body passes a limit of the JSON it may carry: " + e.getOriginalMessage()));
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e) {
        StreamConstraintsException limit = limitIn(e);
        if (limit != null) {
            return tooComplex(limit);
        }
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
        StreamConstraintsException limit = limitIn(e);
        if (limit != null) {
            return tooComplex(limit);
        }
        if (e instanceof NotFoundException && e.getCause() != null) {
            // RESTEasy answers 404 (JAX-RS) when a path or query parameter does not convert, e.g. ?page=abc.
            return respond(Problem.of(400, "validation", "Bad Request", "A parameter of the request has a value of the wrong type"));
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        return respond(Problem.of(status, "http-" + status, title, e.getMessage()));
    }

    /**
     * A constraint that could not be evaluated. quarkus-hibernate-validator's own mapper rethrows
     * it, which would answer 500 in plain text; this one outranks it.
     */
    @ServerExceptionMapper(priority = 1)
    public Response validationFailure(ValidationException e, UriInfo uri) {
        return e instanceof ConstraintViolationException violations ? validation(violations) : unexpected(e, uri);
    }

    /**
     * Anything else is a fault of ours: logged with its stack, answered 500 as problem+json on the
     * API (and a short Vietnamese page elsewhere), never with a stack trace or a plain-text body.
     */
    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.errorf(e, "Unexpected failure on %s", uri.getPath());
        if (!uri.getPath().startsWith("/api/")) {
            return Response.status(500).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(PAGE_500).build();
        }
        return respond(Problem.of(500, "internal", "Internal Server Error", "The service could not handle the request; it has been logged"));
    }

    /** A JSON limit passed, however the body reader or the binding wrapped it. */
    private static StreamConstraintsException limitIn(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamConstraintsException limit) {
                return limit;
            }
        }
        return null;
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

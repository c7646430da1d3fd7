package vn.gov.directive.common.problem;

import java.util.List;

/**
 * A refusal the domain explains to the caller: it becomes an RFC 9457 response with this status.
 * Use the factory methods so the same kind of refusal always reads the same.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final Integer retryAfterSeconds;

    public ProblemException(Problem problem) {
        this(problem, null);
    }

    private ProblemException(Problem problem, Integer retryAfterSeconds) {
        super(problem.detail());
        this.problem = problem;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Problem problem() {
        return problem;
    }

    /** Seconds after which the same request may succeed (the Retry-After header), or null. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** 413: what the request would cause is larger than the platform can carry. */
    public static ProblemException tooLarge(String slug, String detail) {
        return new ProblemException(Problem.of(413, slug, "Content Too Large", detail));
    }

    /** 503 with Retry-After: the service cannot do this yet, and changed nothing; the same request may succeed later. */
    public static ProblemException unavailable(String slug, String detail, int retryAfterSeconds) {
        return new ProblemException(Problem.of(503, slug, "Service Unavailable", detail), retryAfterSeconds);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.of(404, "not-found", "Not Found", what + " does not exist"));
    }

    /** 404 for something that exists but that the caller may not see: answered as {@link #notFound}, logged as a refusal. */
    public static ProblemException hidden(String what) {
        return new HiddenRefusal(what);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "conflict", "Conflict", detail));
    }

    public static ProblemException unprocessable(String slug, String detail) {
        return new ProblemException(Problem.of(422, slug, "Unprocessable Content", detail));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "forbidden", "Forbidden", detail));
    }

    public static ProblemException invalid(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(Problem.of(400, "validation", "Bad Request", detail).withErrors(errors));
    }
}

package vn.gov.directive.common.problem;

import java.util.List;

/**
 * A refusal the domain explains to the caller: it becomes an RFC 9457 response with this status.
 * Use the factory methods so the same kind of refusal always reads the same.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
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

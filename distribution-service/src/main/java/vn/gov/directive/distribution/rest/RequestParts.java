package vn.gov.directive.distribution.rest;

import java.util.List;
import java.util.UUID;

import vn.gov.directive.common.problem.Problem;
import vn.gov.directive.common.problem.ProblemException;

/** What the delivery resources read from every request: ids from the path or query. */
final class RequestParts {

    private RequestParts() {
    }

    static UUID uuid(String field, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(field, "is required");
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw invalid(field, "must be a UUID");
        }
    }

    static ProblemException invalid(String field, String message) {
        return ProblemException.invalid("The request has invalid fields", List.of(new Problem.FieldError(field, message)));
    }
}

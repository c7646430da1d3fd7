package vn.gov.directive.distribution.rest;

import java.util.List;
import java.util.UUID;

import vn.gov.directive.common.problem.Problem;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.common.security.Caller;
import vn.gov.directive.distribution.domain.Requester;

/** What the delivery resources read from every request: the requester from the token, ids from the path or query. */
final class RequestParts {

    private RequestParts() {
    }

    static Requester requester(Caller caller) {
        return Requester.of(caller);
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

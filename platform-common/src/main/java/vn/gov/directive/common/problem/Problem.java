package vn.gov.directive.common.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem details body; {@code errors} names each invalid field. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://directives.gov.vn/problems/";

    /**
     * One invalid field. {@code code}, when present, is the code the refusal is about (a unit's or a
     * group's, say), as data, so that a reader need not pick it out of the English message.
     */
    public record FieldError(String field, String message, @JsonInclude(JsonInclude.Include.NON_NULL) String code) {

        public FieldError(String field, String message) {
            this(field, message, null);
        }
    }

    /** The type of the problems with this slug: compare {@link #type()} with it, never its text. */
    public static URI typeOf(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    public boolean hasType(URI expected) {
        return expected.equals(type);
    }

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(typeOf(slug), title, status, detail, List.of());
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, List.copyOf(fieldErrors));
    }
}

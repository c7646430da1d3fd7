package vn.gov.directive.common.text;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import vn.gov.directive.common.problem.Problem;
import vn.gov.directive.common.problem.ProblemException;

/**
 * Characters a piece of text must not carry. A one-line field (subject, name, code, reason) takes
 * none of: C0 controls (CR, LF and TAB included), DEL, C1 controls, the Unicode line and paragraph
 * separators, and the bidirectional embeddings, overrides and isolates (which make a name display
 * other than it reads, CVE-2021-42574). A multi-line field (a body) also takes LF, CR and TAB.
 */
public final class ControlCharacters {

    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\t]+");

    private ControlCharacters() {
    }

    /** The first refused code point, if any. */
    public static OptionalInt firstRefused(CharSequence text, boolean multiLine) {
        if (text == null) {
            return OptionalInt.empty();
        }
        return text.codePoints().filter(c -> refused(c, multiLine)).findFirst();
    }

    static boolean refused(int c, boolean multiLine) {
        if (multiLine && (c == '\n' || c == '\r' || c == '\t')) {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /**
     * The same rule as {@link OneLine} where Bean Validation does not run (a domain method a page
     * also calls): 400 naming the field.
     */
    public static String requireOneLine(String field, String value) {
        firstRefused(value, false).ifPresent(c -> {
            throw ProblemException.invalid("Field '" + field + "' must be one line",
                    List.of(new Problem.FieldError(field, "must be one line without control characters (found " + name(c) + ")")));
        });
        return value;
    }

    /** What a page's text area sends for a one-line field: its line breaks and tabs become one space (typing Enter is no attack). */
    public static String joinLines(String value) {
        return value == null ? null : LINE_BREAKS.matcher(value).replaceAll(" ").strip();
    }

    /** "U+000A", as the refusal names it. */
    public static String name(int codePoint) {
        return String.format("U+%04X", codePoint);
    }
}

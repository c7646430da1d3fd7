package vn.gov.directive.distribution.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.gov.directive.common.problem.Problem;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.common.text.VietnameseText;
import vn.gov.directive.events.ReportField;

/**
 * Checks a report's values against the report fields of the unit's tasks: no unknown key, every
 * required field present, each value of its field's type (NUMBER, INTEGER: a whole number, TEXT,
 * DATE: yyyy-MM-dd, BOOLEAN). Text is stored NFC.
 */
public final class ReportFields {

    static final int MAX_TEXT = 10_000;

    private ReportFields() {
    }

    /** @return the values to store (text in NFC, absent nulls dropped); a 400 naming each bad field otherwise */
    public static Map<String, Object> check(Map<String, Object> values, List<ReportField> fields) {
        Map<String, Object> given = values == null ? Map.of() : values;
        Map<String, ReportField> byKey = new LinkedHashMap<>();
        fields.forEach(f -> byKey.putIfAbsent(f.key(), f));
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, Object> checked = new LinkedHashMap<>();
        given.forEach((key, value) -> {
            ReportField field = byKey.get(key);
            if (field == null) {
                errors.add(new Problem.FieldError("fields." + key, "is not a report field of this delivery"));
            } else if (value != null) {
                String problem = typeProblem(field.type(), value);
                if (problem != null) {
                    errors.add(new Problem.FieldError("fields." + key, problem));
                } else {
                    checked.put(key, value instanceof String text ? VietnameseText.nfc(text) : value);
                }
            }
        });
        byKey.values().stream()
                .filter(f -> f.required() && given.get(f.key()) == null)
                .forEach(f -> errors.add(new Problem.FieldError("fields." + f.key(), "is required (" + f.label() + ")")));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The report's fields do not match the directive's report fields", errors);
        }
        return checked;
    }

    private static String typeProblem(String type, Object value) {
        return switch (type) {
            case "NUMBER" -> value instanceof Number ? null : "must be a number";
            case "INTEGER" -> isWhole(value) ? null : "must be a whole number";
            case "TEXT" -> !(value instanceof String text) ? "must be text"
                    : text.length() > MAX_TEXT ? "must be at most " + MAX_TEXT + " characters" : null;
            case "DATE" -> isDate(value) ? null : "must be a date (yyyy-MM-dd)";
            case "BOOLEAN" -> value instanceof Boolean ? null : "must be true or false";
            default -> "has an unknown type " + type;
        };
    }

    private static boolean isWhole(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof BigInteger) {
            return true;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().scale() <= 0;
        }
        return value instanceof Double d && !d.isInfinite() && d == Math.rint(d);
    }

    private static boolean isDate(Object value) {
        if (!(value instanceof String text)) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}

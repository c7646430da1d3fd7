package vn.gov.directive.web;

import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.ConstraintViolation;

/** Bean Validation's refusals as the Vietnamese messages a form shows beside its fields. */
public final class FieldMessages {

    private FieldMessages() {
    }

    /**
     * Every violation into {@code errors}, in the order of their paths.
     *
     * @param fieldOf the form field a property path belongs to
     * @param labelOf what the summary calls a form field
     */
    public static <T> void add(Set<ConstraintViolation<T>> violations, FormErrors errors, Function<String, String> fieldOf,
            Function<String, String> labelOf) {
        violations.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString())).forEach(v -> {
            String field = fieldOf.apply(v.getPropertyPath().toString());
            errors.add(field, labelOf.apply(field), of(v));
        });
    }

    /** A page form's own message, or the platform's wording of the constraint's kind. */
    public static String of(ConstraintViolation<?> violation) {
        if (violation.getRootBean() instanceof PageForm && !violation.getMessageTemplate().startsWith("{")) {
            return violation.getMessage();
        }
        return ofKind(violation);
    }

    /** The platform's wording of the constraint's kind ("Chưa nhập.", "Dài quá: tối đa 200 ký tự."). */
    public static String ofKind(ConstraintViolation<?> violation) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        return switch (constraint(violation)) {
            case "NotBlank", "NotNull", "NotEmpty" -> "Chưa nhập.";
            case "Size" -> "Dài quá: tối đa " + attributes.get("max") + " ký tự.";
            case "Pattern" -> "Không đúng dạng.";
            case "OneLine" -> "Chỉ nhập trên một dòng, không có ký tự điều khiển (xuống dòng, tab...).";
            case "MultiLine" -> "Có ký tự điều khiển không được phép (chỉ được xuống dòng và tab).";
            case "Future", "FutureOrPresent" -> "Phải sau thời điểm hiện tại.";
            default -> "Giá trị không hợp lệ.";
        };
    }

    /** The constraint's annotation by its simple name ("NotBlank"). */
    public static String constraint(ConstraintViolation<?> violation) {
        return violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }
}

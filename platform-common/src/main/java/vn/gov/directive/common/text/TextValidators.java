package vn.gov.directive.common.text;

import java.util.OptionalInt;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** The validators of {@link OneLine} and {@link MultiLine}: the message names the first refused character. */
public final class TextValidators {

    private TextValidators() {
    }

    public static class OneLineValidator implements ConstraintValidator<OneLine, CharSequence> {
        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return check(value, false, context);
        }
    }

    public static class MultiLineValidator implements ConstraintValidator<MultiLine, CharSequence> {
        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return check(value, true, context);
        }
    }

    private static boolean check(CharSequence value, boolean multiLine, ConstraintValidatorContext context) {
        OptionalInt refused = ControlCharacters.firstRefused(value, multiLine);
        if (refused.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate((multiLine ? "must not contain control characters other than line breaks and tabs"
                : "must be one line without control characters") + " (found " + ControlCharacters.name(refused.getAsInt()) + ")")
                .addConstraintViolation();
        return false;
    }
}

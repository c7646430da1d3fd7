package vn.gov.directive.common.text;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A one-line text (subject, name, code, reason): no line break, tab or other control character (ControlCharacters). */
@Documented
@Constraint(validatedBy = TextValidators.OneLineValidator.class)
@Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface OneLine {

    String message() default "must be one line without control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

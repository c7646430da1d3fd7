package vn.gov.directive.common.rest;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * page * size (in long, so it cannot wrap round) skips at most PageRequest.MAX_OFFSET items; the
 * refusal names the field "page". A class-level constraint, not a getter: Quarkus would validate a
 * constrained public getter of the bean parameter as a method, and fail it with a 500.
 */
@Documented
@Constraint(validatedBy = ReachablePage.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ReachablePage {

    String message() default "page * size must be at most " + PageRequest.MAX_OFFSET + " items";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ReachablePage, PageRequest> {
        @Override
        public boolean isValid(PageRequest request, ConstraintValidatorContext context) {
            if (request == null || (long) request.page * request.size <= PageRequest.MAX_OFFSET) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate()).addPropertyNode("page")
                    .addConstraintViolation();
            return false;
        }
    }
}

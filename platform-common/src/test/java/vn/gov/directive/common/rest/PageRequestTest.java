package vn.gov.directive.common.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    private final Validator validator = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private Set<String> invalidFields(int page, int size) {
        return validator.validate(PageRequest.of(page, size)).stream().map(ConstraintViolation::getPropertyPath)
                .map(Object::toString).collect(Collectors.toSet());
    }

    @Test
    void pagesWithinReachPass() {
        assertThat(invalidFields(0, 50)).isEmpty();
        assertThat(invalidFields(0, 1000)).isEmpty();
        assertThat(invalidFields(1000, 1000)).isEmpty();
        assertThat(PageRequest.of(1000, 1000).offset()).isEqualTo(1_000_000);
    }

    @Test
    void aSizeOrPageOutOfRangeNamesTheField() {
        assertThat(invalidFields(0, 0)).containsExactly("size");
        assertThat(invalidFields(0, 1001)).containsExactly("size");
        assertThat(invalidFields(-1, 50)).containsExactly("page");
    }

    @Test
    void aPageWhoseOffsetWouldOverflowIsRefusedAsThePage() {
        assertThat(invalidFields(3_000_000, 1000)).containsExactly("page");
        assertThat(invalidFields(1001, 1000)).containsExactly("page");
        assertThat(invalidFields(Integer.MAX_VALUE, 1000)).containsExactly("page");
    }
}

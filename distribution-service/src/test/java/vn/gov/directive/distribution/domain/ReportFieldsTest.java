package vn.gov.directive.distribution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.gov.directive.common.problem.Problem;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.events.ReportField;

class ReportFieldsTest {

    private static final List<ReportField> FIELDS = List.of(
            new ReportField("sessions", "Số buổi tuyên truyền", "INTEGER", true),
            new ReportField("budget", "Kinh phí", "NUMBER", false),
            new ReportField("note", "Ghi chú", "TEXT", false),
            new ReportField("held_on", "Ngày tổ chức", "DATE", false),
            new ReportField("done", "Hoàn thành", "BOOLEAN", false));

    @Test
    void valuesOfTheRightTypesPassAndTextIsStoredNfc() {
        String decomposed = Normalizer.normalize("Đã tuyên truyền", Normalizer.Form.NFD);
        Map<String, Object> checked = ReportFields.check(Map.of("sessions", 12, "budget", 1.5, "note", decomposed,
                "held_on", "2026-05-01", "done", true), FIELDS);

        assertThat(checked).containsEntry("sessions", 12).containsEntry("budget", 1.5).containsEntry("done", true)
                .containsEntry("note", "Đã tuyên truyền").containsEntry("held_on", "2026-05-01");
        assertThat(Normalizer.isNormalized((String) checked.get("note"), Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void wholeNumbersWrittenWithADecimalPointAreIntegers() {
        assertThat(ReportFields.check(Map.of("sessions", 12.0), FIELDS)).containsKey("sessions");
        assertThat(ReportFields.check(Map.of("sessions", new BigDecimal("7.00")), FIELDS)).containsKey("sessions");
        assertThat(ReportFields.check(Map.of("sessions", 30_000_000_000L), FIELDS)).containsKey("sessions");
    }

    @Test
    void everyBadFieldIsNamed() {
        Map<String, Object> values = new HashMap<>();
        values.put("sessions", 1.5);
        values.put("budget", "nhiều");
        values.put("note", 3);
        values.put("held_on", "01/05/2026");
        values.put("done", "yes");
        values.put("unknown", 1);

        List<Problem.FieldError> errors = errors(values);

        assertThat(errors).extracting(Problem.FieldError::field).containsExactlyInAnyOrder("fields.sessions", "fields.budget",
                "fields.note", "fields.held_on", "fields.done", "fields.unknown");
        assertThat(errors).filteredOn(e -> e.field().equals("fields.unknown")).extracting(Problem.FieldError::message)
                .containsExactly("is not a report field of this delivery");
    }

    @Test
    void requiredFieldsMustBeGivenAndNotNull() {
        Map<String, Object> nullSessions = new HashMap<>();
        nullSessions.put("sessions", null);
        assertThat(errors(Map.of())).extracting(Problem.FieldError::field).containsExactly("fields.sessions");
        assertThat(errors(nullSessions)).extracting(Problem.FieldError::message).containsExactly("is required (Số buổi tuyên truyền)");
        assertThat(ReportFields.check(null, List.of())).isEmpty();
    }

    @Test
    void textLongerThanTheLimitIsRefused() {
        assertThat(errors(Map.of("sessions", 1, "note", "x".repeat(ReportFields.MAX_TEXT + 1))))
                .extracting(Problem.FieldError::field).containsExactly("fields.note");
    }

    @Test
    void nestedValuesAreOfNoType() {
        assertThat(errors(Map.of("sessions", List.of(1)))).extracting(Problem.FieldError::field).containsExactly("fields.sessions");
    }

    private static List<Problem.FieldError> errors(Map<String, Object> values) {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> ReportFields.check(values, FIELDS));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.problem().status()).isEqualTo(400);
        return e.problem().errors();
    }
}

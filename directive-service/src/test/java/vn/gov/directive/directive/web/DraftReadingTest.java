package vn.gov.directive.directive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.gov.directive.common.problem.Problem;
import vn.gov.directive.directive.rest.DirectiveRequest;
import vn.gov.directive.directive.rest.UnitRefRequest;
import vn.gov.directive.events.Role;

class DraftReadingTest {

    @Test
    void theFormBecomesTheApisRequestWithEmptyTaskBlocksLeftOut() {
        ClerkForm form = form();
        DirectiveRequest request = DraftReading.of(form, "STTTT").request();

        assertThat(request.issuer()).isEqualTo("STTTT");
        assertThat(request.recipients()).extracting(r -> r.group() != null ? r.group() : r.unit())
                .containsExactly("PROVINCIAL_AGENCIES", "CA-TINH");
        assertThat(request.tasks()).hasSize(1);
        // "ACTION": the task goes to what was picked as ACTION, here the group.
        assertThat(request.tasks().get(0).assignees()).containsExactly(new UnitRefRequest("PROVINCIAL_AGENCIES", null));
        assertThat(request.tasks().get(0).reportFields().get(0).key()).isEqualTo("t2_ket_qua");
        assertThat(request.deadline()).isNull();
        assertThat(request.signer().name()).isNull(); // blank is missing, so @NotBlank names it
    }

    @Test
    void refusalsAreSetNextToTheFieldsTheyCameFrom() {
        ClerkForm form = form();
        DraftReading reading = DraftReading.of(form, "STTTT");
        reading.refusedBy(new Problem(Problem.typeOf("unknown-recipients"), "Unprocessable Content",
                422, "unknown", List.of(new Problem.FieldError("recipients[1].unit", "unknown unit CA-TINH", "CA-TINH"),
                        new Problem.FieldError("tasks[0].deadline", "is not in the future"))));

        assertThat(reading.errors().get("r-U-CA-TINH")).isEqualTo("Danh bạ không có đơn vị CA-TINH, hoặc đơn vị đã thôi hoạt động.");
        assertThat(reading.errors().has("task-1-deadline")).as("the request's first task is the form's second block").isTrue();
    }

    @Test
    void aDateTheClerkMistypedIsNamedAndThePicksAreKept() {
        ClerkForm form = form();
        form.deadline = "30/13/2026 17:00";
        DraftReading reading = DraftReading.of(form, "STTTT");

        assertThat(reading.errors().get("deadline")).startsWith("Ngày giờ chưa đúng dạng");
        assertThat(DraftReading.picksOf(form)).containsEntry("G:PROVINCIAL_AGENCIES", Role.ACTION)
                .containsEntry("U:CA-TINH", Role.COORDINATE).hasSize(2);
    }

    private static ClerkForm form() {
        ClerkForm form = ClerkForm.blank("9b2f7c1e-0000-4000-8000-000000000001", 2);
        form.symbol = "STTTT-VP";
        form.subject = "V/v thử";
        form.signerName = "  ";
        form.recipient = List.of("G:PROVINCIAL_AGENCIES:ACTION", "", "U:CA-TINH:COORDINATE");
        form.taskTitle.set(1, "Báo cáo kết quả");
        form.taskFieldLabel.set(1, "Số buổi");
        return form;
    }
}

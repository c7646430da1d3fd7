package vn.gov.directive.distribution.web;

import java.time.Instant;
import java.util.Map;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

import vn.gov.directive.common.time.VietnamTime;
import vn.gov.directive.web.PageForm;

/**
 * The delivery page's small forms as the browser sends them, each held to Bean Validation with
 * its messages in Vietnamese. Each names the form fields its properties come from, so that a
 * message goes back beside its input with what was typed.
 */
public final class ActionForms {

    private ActionForms() {
    }

    /** Every form carries the session's token ({@link FormToken}). */
    public abstract static class Tokened implements PageForm {

        @RestForm(FormToken.FIELD)
        public String csrf;

        /** The form field of a property. */
        abstract String field(String property);

        /** What was typed, by form field, to show it again. */
        abstract Map<String, String> typed();
    }

    public static class Acknowledge extends Tokened {

        @Override
        String field(String property) {
            return property;
        }

        @Override
        Map<String, String> typed() {
            return Map.of();
        }
    }

    public static class Return extends Tokened {

        @RestForm
        @NotBlank(message = "Vui lòng nêu lý do trả lại.")
        @Size(max = 2000, message = "Lý do dài quá 2000 ký tự.")
        public String reason;

        @Override
        String field(String property) {
            return "reason";
        }

        @Override
        Map<String, String> typed() {
            return Map.of("reason", reason == null ? "" : reason);
        }
    }

    public static class Accept extends Tokened {

        @RestForm
        @Size(max = 2000, message = "Nhận xét dài quá 2000 ký tự.")
        public String comment;

        @Override
        String field(String property) {
            return "comment";
        }

        @Override
        Map<String, String> typed() {
            return Map.of("comment", comment == null ? "" : comment);
        }
    }

    public static class Revision extends Tokened {

        @RestForm("revision-reason")
        @NotBlank(message = "Vui lòng nêu nội dung cần bổ sung.")
        @Size(max = 2000, message = "Nội dung dài quá 2000 ký tự.")
        public String reason;

        @Override
        String field(String property) {
            return "revision-reason";
        }

        @Override
        Map<String, String> typed() {
            return Map.of("revision-reason", reason == null ? "" : reason);
        }
    }

    public static class Extend extends Tokened {

        /** Vietnam time, as a {@code datetime-local} input sends it. */
        @RestForm
        public String deadline;

        @RestForm("extend-reason")
        @NotBlank(message = "Vui lòng nêu lý do gia hạn.")
        @Size(max = 2000, message = "Lý do dài quá 2000 ký tự.")
        public String reason;

        @AssertTrue(message = "Vui lòng chọn hạn mới (ngày và giờ).")
        public boolean isDeadlineGiven() {
            return newDeadline() != null;
        }

        Instant newDeadline() {
            return VietnamTime.parse(deadline).orElse(null);
        }

        @Override
        String field(String property) {
            return property.equals("reason") ? "extend-reason" : "deadline";
        }

        @Override
        Map<String, String> typed() {
            return Map.of("deadline", deadline == null ? "" : deadline, "extend-reason", reason == null ? "" : reason);
        }
    }
}

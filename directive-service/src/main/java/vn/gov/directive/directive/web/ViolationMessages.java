package vn.gov.directive.directive.web;

import java.util.Map;

import jakarta.validation.ConstraintViolation;

import vn.gov.directive.web.FieldMessages;

/**
 * Bean Validation's refusals of the API's request, told in Vietnamese (the API tells them in English):
 * what the draft form says of its own fields, else the platform's wording of the constraint.
 */
final class ViolationMessages {

    private ViolationMessages() {
    }

    static String of(ConstraintViolation<?> violation, String path) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        return switch (FieldMessages.constraint(violation)) {
            case "NotBlank", "NotNull" -> path.equals("urgency") || path.equals("documentType") ? "Chưa chọn." : FieldMessages.ofKind(violation);
            case "NotEmpty" -> path.equals("recipients") ? "Chưa chọn đơn vị hoặc nhóm nhận nào."
                    : path.endsWith("assignees") ? "Không có đơn vị nào để giao: chọn đơn vị chủ trì ở phần Nơi nhận, "
                            + "hoặc chọn một đơn vị, một nhóm cụ thể."
                    : FieldMessages.ofKind(violation);
            case "Size" -> path.equals("recipients") || path.equals("tasks") ? "Quá nhiều mục: tối đa " + attributes.get("max") + "."
                    : FieldMessages.ofKind(violation);
            case "Pattern" -> path.equals("symbol") ? "Ký hiệu viết liền, không có dấu cách, ví dụ STTTT-TTBCXB."
                    : path.equals("documentType") ? "Loại văn bản không hợp lệ."
                    : "Mã không hợp lệ.";
            case "AssertTrue" -> "Chọn một nhóm hoặc một đơn vị.";
            default -> FieldMessages.ofKind(violation);
        };
    }
}

package vn.gov.directive.directive.web;

import java.util.Map;

import jakarta.validation.ConstraintViolation;

/** Bean Validation's refusals of the request, told in Vietnamese (the API tells them in English). */
final class ViolationMessages {

    private ViolationMessages() {
    }

    static String of(ConstraintViolation<?> violation, String path) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        return switch (violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
            case "NotBlank", "NotNull" -> path.equals("urgency") || path.equals("documentType") ? "Chưa chọn." : "Chưa nhập.";
            case "NotEmpty" -> path.equals("recipients") ? "Chưa chọn đơn vị hoặc nhóm nhận nào."
                    : path.endsWith("assignees") ? "Không có đơn vị nào để giao: chọn đơn vị chủ trì ở phần Nơi nhận, "
                            + "hoặc chọn một đơn vị, một nhóm cụ thể."
                    : "Chưa nhập.";
            case "Size" -> path.equals("recipients") || path.equals("tasks") ? "Quá nhiều mục: tối đa " + attributes.get("max") + "."
                    : "Dài quá: tối đa " + attributes.get("max") + " ký tự.";
            case "Pattern" -> path.equals("symbol") ? "Ký hiệu viết liền, không có dấu cách, ví dụ STTTT-TTBCXB."
                    : path.equals("documentType") ? "Loại văn bản không hợp lệ."
                    : "Mã không hợp lệ.";
            case "AssertTrue" -> "Chọn một nhóm hoặc một đơn vị.";
            case "OneLine" -> "Chỉ nhập trên một dòng, không có ký tự điều khiển (xuống dòng, tab...).";
            case "MultiLine" -> "Có ký tự điều khiển không được phép (chỉ được xuống dòng và tab).";
            default -> "Giá trị không hợp lệ.";
        };
    }
}

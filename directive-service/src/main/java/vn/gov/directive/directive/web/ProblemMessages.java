package vn.gov.directive.directive.web;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.gov.directive.common.problem.Problem;

/** The domain's refusals (422) told in Vietnamese, by the kind of refusal. */
final class ProblemMessages {

    private static final Pattern CODE = Pattern.compile("\\b(?:unit|group) ([A-Z0-9][A-Z0-9_-]*)");

    private ProblemMessages() {
    }

    /** A refusal of the whole directive in one sentence (issuing a draft: there are no fields to point at). */
    static String summary(Problem problem) {
        String slug = slug(problem);
        return switch (slug) {
            case "deadline-in-past" -> "Hạn báo cáo, hoặc hạn của một nhiệm vụ, đã qua: văn bản không ban hành được với hạn này.";
            case "unknown-recipients" -> "Danh bạ không có, hoặc không còn, các đơn vị và nhóm sau: " + String.join(", ", codes(problem))
                    + ".";
            default -> of(slug, problem.detail());
        };
    }

    static void describe(Problem problem, FormErrors errors) {
        errors.add(FormErrors.GENERAL, "Ban hành", summary(problem));
    }

    static String slug(Problem problem) {
        return problem.type() == null ? "" : problem.type().getPath().replaceFirst(".*/", "");
    }

    private static Set<String> codes(Problem problem) {
        Set<String> codes = new LinkedHashSet<>();
        for (Problem.FieldError error : problem.errors()) {
            Matcher code = CODE.matcher(error.message());
            if (code.find()) {
                codes.add(code.group(1));
            }
        }
        return codes;
    }

    /** A refusal with field errors: the message for one field. */
    static String of(String slug, Problem.FieldError error) {
        return switch (slug) {
            case "deadline-in-past" -> "Hạn phải sau thời điểm hiện tại.";
            case "unknown-recipients" -> {
                Matcher code = CODE.matcher(error.message());
                String named = code.find() ? " " + code.group(1) : " này";
                yield error.field().endsWith(".group") ? "Danh bạ không có nhóm" + named + "."
                        : "Danh bạ không có đơn vị" + named + ", hoặc đơn vị đã thôi hoạt động.";
            }
            default -> "Không hợp lệ: " + error.message();
        };
    }

    /** A refusal as a whole: the field it concerns most. */
    static String fieldOf(String slug) {
        return slug.equals("no-recipients") ? "recipients" : FormErrors.GENERAL;
    }

    static String of(String slug, String detail) {
        return switch (slug) {
            case "no-recipients" -> "Các đơn vị đã chọn không còn đơn vị nào nhận: đơn vị ban hành không gửi văn bản cho chính mình.";
            case "unknown-issuer" -> "Danh bạ của hệ thống chưa có đơn vị của bạn; đề nghị bộ phận vận hành kiểm tra danh bạ.";
            case "confidential-document" -> "Văn bản mật không được gửi qua hệ thống này (QĐ 28/2018/QĐ-TTg).";
            case "event-too-large" -> "Văn bản quá lớn để chuyển tới các đơn vị; hãy rút gọn nội dung hoặc đưa phần dài vào tệp đính kèm."
                    + " Chưa có gì được lưu.";
            case "directory-incomplete" -> "Danh bạ của hệ thống đang được cập nhật; văn bản chưa được ban hành, xin thử lại sau ít giây.";
            default -> "Văn bản chưa được chấp nhận: " + detail;
        };
    }
}

package vn.gov.directive.directive.web;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.gov.directive.common.problem.Problem;
import vn.gov.directive.web.FormErrors;

/**
 * The domain's refusals (422) told in Vietnamese, by the problem's type; the codes a refusal is
 * about are read from its field errors' {@code code}, never from its English text.
 */
final class ProblemMessages {

    static final URI DEADLINE_IN_PAST = Problem.typeOf("deadline-in-past");
    static final URI UNKNOWN_RECIPIENTS = Problem.typeOf("unknown-recipients");
    static final URI NO_RECIPIENTS = Problem.typeOf("no-recipients");

    /** Refusals of the directive as a whole, in one sentence each. */
    private static final Map<URI, String> WHOLE = Map.of(
            NO_RECIPIENTS, "Các đơn vị đã chọn không còn đơn vị nào nhận: đơn vị ban hành không gửi văn bản cho chính mình.",
            Problem.typeOf("unknown-issuer"), "Danh bạ của hệ thống chưa có đơn vị của bạn; đề nghị bộ phận vận hành kiểm tra danh bạ.",
            Problem.typeOf("confidential-document"), "Văn bản mật không được gửi qua hệ thống này (QĐ 28/2018/QĐ-TTg).",
            Problem.typeOf("event-too-large"), "Văn bản quá lớn để chuyển tới các đơn vị; hãy rút gọn nội dung hoặc đưa phần dài vào "
                    + "tệp đính kèm. Chưa có gì được lưu.",
            Problem.typeOf("directory-incomplete"), "Danh bạ của hệ thống đang được cập nhật; văn bản chưa được ban hành, xin thử lại "
                    + "sau ít giây.");

    private ProblemMessages() {
    }

    /** A refusal of the whole directive in one sentence (issuing a draft: there are no fields to point at). */
    static String summary(Problem problem) {
        if (problem.hasType(DEADLINE_IN_PAST)) {
            return "Hạn báo cáo, hoặc hạn của một nhiệm vụ, đã qua: văn bản không ban hành được với hạn này.";
        }
        if (problem.hasType(UNKNOWN_RECIPIENTS)) {
            return "Danh bạ không có, hoặc không còn, các đơn vị và nhóm sau: " + String.join(", ", codes(problem)) + ".";
        }
        return whole(problem);
    }

    /** A refusal with field errors: the message for one field. */
    static String of(Problem problem, Problem.FieldError error) {
        if (problem.hasType(DEADLINE_IN_PAST)) {
            return "Hạn phải sau thời điểm hiện tại.";
        }
        if (problem.hasType(UNKNOWN_RECIPIENTS)) {
            String named = error.code() == null ? " này" : " " + error.code();
            return error.field().endsWith(".group") ? "Danh bạ không có nhóm" + named + "."
                    : "Danh bạ không có đơn vị" + named + ", hoặc đơn vị đã thôi hoạt động.";
        }
        return "Giá trị không hợp lệ.";
    }

    /** A refusal as a whole: the field it concerns most. */
    static String fieldOf(Problem problem) {
        return problem.hasType(NO_RECIPIENTS) ? "recipients" : FormErrors.GENERAL;
    }

    /** A refusal as a whole, in one sentence. */
    static String whole(Problem problem) {
        return WHOLE.getOrDefault(problem.type(), "Văn bản chưa được chấp nhận (mã lỗi " + problem.status() + ").");
    }

    private static Set<String> codes(Problem problem) {
        Set<String> codes = new LinkedHashSet<>();
        problem.errors().stream().map(Problem.FieldError::code).filter(Objects::nonNull).forEach(codes::add);
        return codes;
    }
}

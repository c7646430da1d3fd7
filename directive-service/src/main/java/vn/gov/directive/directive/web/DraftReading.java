package vn.gov.directive.directive.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;

import vn.gov.directive.common.problem.Problem;
import vn.gov.directive.common.time.VietnamTime;
import vn.gov.directive.directive.rest.DirectiveRequest;
import vn.gov.directive.directive.rest.RecipientRequest;
import vn.gov.directive.directive.rest.ReportFieldRequest;
import vn.gov.directive.directive.rest.SignerRequest;
import vn.gov.directive.directive.rest.TaskRequest;
import vn.gov.directive.directive.rest.UnitRefRequest;
import vn.gov.directive.directive.domain.ReportFieldType;
import vn.gov.directive.events.Role;
import vn.gov.directive.events.Urgency;
import vn.gov.directive.web.FormErrors;

/**
 * The form read as the API's request (DirectiveRequest), so that the page is held to the same Bean
 * Validation and domain rules as the API; and the refusals of either put back next to the form's
 * fields, in Vietnamese. Empty task blocks are left out; which block a task came from is kept.
 */
public class DraftReading {

    private static final Pattern INDEXED = Pattern.compile("^(recipients|tasks)\\[(\\d+)]\\.?(.*)$");

    private final ClerkForm form;
    private final FormErrors errors = new FormErrors();
    /** The recipients' keys ("U:SNV"), in the order of the request's list. */
    private final List<String> recipientKeys = new ArrayList<>();
    /** For each task of the request, the form block it came from. */
    private final List<Integer> taskBlocks = new ArrayList<>();
    private final DirectiveRequest request;

    private DraftReading(ClerkForm form, String issuer) {
        this.form = form;
        this.request = read(issuer);
    }

    public static DraftReading of(ClerkForm form, String issuer) {
        return new DraftReading(form, issuer);
    }

    public DirectiveRequest request() {
        return request;
    }

    public FormErrors errors() {
        return errors;
    }

    /** The Idempotency-Key of this form, when it is one the page gave out. */
    public String submissionKey() {
        try {
            return form.submissionKey == null ? null : UUID.fromString(form.submissionKey.strip()).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The fields Bean Validation refused, each by the form field it came from. */
    public void refusedBy(Set<ConstraintViolation<DirectiveRequest>> violations) {
        violations.stream().sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                .forEach(v -> {
                    String path = v.getPropertyPath().toString();
                    String field = field(path);
                    errors.add(field, FieldLabels.of(field), ViolationMessages.of(v, path));
                });
    }

    /** A refusal of the domain (422) with its field errors, or as a whole when it names none. */
    public void refusedBy(Problem problem) {
        if (problem.errors() == null || problem.errors().isEmpty()) {
            String field = ProblemMessages.fieldOf(problem);
            errors.add(field, FieldLabels.of(field), ProblemMessages.whole(problem));
            return;
        }
        for (Problem.FieldError error : problem.errors()) {
            String field = field(error.field());
            errors.add(field, FieldLabels.of(field), ProblemMessages.of(problem, error));
        }
    }

    private DirectiveRequest read(String issuer) {
        Urgency urgencyValue = parse(Urgency.class, form.urgency, "urgency");
        Instant deadlineValue = instant(form.deadline, "deadline");
        List<RecipientRequest> recipients = recipients();
        List<TaskRequest> tasks = tasks(recipients);
        SignerRequest signer = new SignerRequest(text(form.signerName), text(form.signerTitle), text(form.signerAuthority));
        return new DirectiveRequest(null, issuer, text(form.documentType), text(form.symbol), text(form.subject),
                text(form.place), urgencyValue, null, signer, null, null, recipients, null, tasks, deadlineValue, null,
                form.body == null || form.body.isBlank() ? null : form.body);
    }

    private List<RecipientRequest> recipients() {
        List<RecipientRequest> recipients = new ArrayList<>();
        for (String value : form.recipient == null ? List.<String>of() : form.recipient) {
            if (value == null || value.isBlank()) {
                continue;
            }
            String[] parts = value.split(":", 3);
            Optional<Role> role = parts.length == 3 ? enumValue(Role.class, parts[2]) : Optional.empty();
            if (role.isEmpty() || !(parts[0].equals("U") || parts[0].equals("G"))) {
                errors.add("recipients", FieldLabels.of("recipients"), "Lựa chọn không hợp lệ: " + value);
                continue;
            }
            boolean group = parts[0].equals("G");
            recipientKeys.add(parts[0] + ":" + parts[1]);
            recipients.add(new RecipientRequest(group ? parts[1] : null, group ? null : parts[1], role.get()));
        }
        return recipients;
    }

    private List<TaskRequest> tasks(List<RecipientRequest> recipients) {
        List<TaskRequest> tasks = new ArrayList<>();
        for (int block = 0; block < form.taskSlots(); block++) {
            String title = text(ClerkForm.at(form.taskTitle, block));
            String fieldLabel = text(ClerkForm.at(form.taskFieldLabel, block));
            String deadlineText = ClerkForm.at(form.taskDeadline, block);
            if (title == null && fieldLabel == null && deadlineText.isBlank()) {
                continue; // an unused block
            }
            taskBlocks.add(block);
            Instant own = instant(deadlineText, "task-" + block + "-deadline");
            List<ReportFieldRequest> fields = fieldLabel == null ? List.of()
                    : List.of(new ReportFieldRequest("t" + (block + 1) + "_ket_qua", fieldLabel,
                            parse(ReportFieldType.class, ClerkForm.at(form.taskFieldType, block), "task-" + block + "-field"),
                            false));
            tasks.add(new TaskRequest(null, title, assignees(ClerkForm.at(form.taskAssignee, block), recipients), own, fields));
        }
        return tasks;
    }

    /** "ACTION": the units and groups picked as ACTION recipients; "U:CODE" or "G:CODE": that one. */
    private static List<UnitRefRequest> assignees(String choice, List<RecipientRequest> recipients) {
        if (choice.startsWith("U:") || choice.startsWith("G:")) {
            String code = choice.substring(2);
            return List.of(choice.startsWith("G:") ? new UnitRefRequest(code, null) : new UnitRefRequest(null, code));
        }
        return recipients.stream().filter(r -> r.role() == Role.ACTION).map(r -> new UnitRefRequest(r.group(), r.unit())).toList();
    }

    /** The form field an error of the request (or of the domain) names: "tasks[1].title" is the title of a task block. */
    private String field(String path) {
        Matcher indexed = INDEXED.matcher(path);
        if (indexed.matches()) {
            int index = Integer.parseInt(indexed.group(2));
            String rest = indexed.group(3);
            if (indexed.group(1).equals("recipients")) {
                return index < recipientKeys.size() ? "r-" + recipientKeys.get(index).replace(':', '-') : "recipients";
            }
            if (index >= taskBlocks.size()) {
                return FormErrors.GENERAL;
            }
            String block = "task-" + taskBlocks.get(index) + "-";
            return rest.startsWith("title") ? block + "title"
                    : rest.startsWith("deadline") ? block + "deadline"
                    : rest.startsWith("reportFields") ? block + "field"
                    : block + "assignee";
        }
        return switch (path) {
            case "signer.name" -> "signerName";
            case "signer.title" -> "signerTitle";
            case "signer.authority" -> "signerAuthority";
            case "documentType", "symbol", "subject", "place", "urgency", "deadline", "body", "recipients" -> path;
            default -> FormErrors.GENERAL;
        };
    }

    private Instant instant(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        Optional<Instant> instant = VietnamTime.parse(typed);
        if (instant.isEmpty()) {
            errors.add(field, FieldLabels.of(field), "Ngày giờ chưa đúng dạng: nhập ngày/tháng/năm giờ:phút, ví dụ 30/11/2026 17:00.");
        }
        return instant.orElse(null);
    }

    private <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Optional<E> parsed = enumValue(type, value.strip());
        if (parsed.isEmpty()) {
            errors.add(field, FieldLabels.of(field), "Lựa chọn không hợp lệ.");
        }
        return parsed.orElse(null);
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Blank is absent, so that a required field left empty is refused as missing. */
    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The roles picked in the form, by key ("U:SNV" → ACTION), for the page to show them again. */
    public static Map<String, Role> picksOf(ClerkForm form) {
        Map<String, Role> picks = new LinkedHashMap<>();
        for (String value : form.recipient == null ? List.<String>of() : form.recipient) {
            String[] parts = value == null ? new String[0] : value.split(":", 3);
            if (parts.length == 3) {
                enumValue(Role.class, parts[2]).ifPresent(role -> picks.put(parts[0] + ":" + parts[1], role));
            }
        }
        return picks;
    }
}

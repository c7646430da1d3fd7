package vn.gov.directive.distribution.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import vn.gov.directive.common.problem.Problem;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.distribution.domain.ReportAttachments;
import vn.gov.directive.events.ReportField;
import vn.gov.directive.web.FieldMessages;
import vn.gov.directive.web.PageForm;

/**
 * The report form as the browser sent it (multipart: the summary, one input per report field
 * named {@code field.<key>}, files): typed from text, and the refusals of the domain put into
 * Vietnamese beside the input they concern. Which fields are required and what they accept stays
 * the domain's ({@code ReportFields}); this only turns "12" into 12 and says so when it cannot.
 */
public final class ReportForm {

    static final String FIELD_PREFIX = "field.";
    static final int MAX_SUMMARY = 10_000;

    /** The report's text, held to Bean Validation. */
    public record Summary(
            @NotBlank(message = "Vui lòng nhập nội dung báo cáo.")
            @Size(max = MAX_SUMMARY, message = "Nội dung báo cáo dài quá " + MAX_SUMMARY + " ký tự.") String summary)
            implements PageForm {
    }

    /** A file as it came: its name and bytes. */
    public record Upload(String fileName, byte[] content) {
    }

    /** One input of the form: its name, what was typed, the message beside it (null when fine). */
    public record Input(String name, String id, String label, String type, boolean required, String value, String error) {
    }

    public final String csrf;
    public final String summary;
    public final Map<String, String> raw = new LinkedHashMap<>();
    public final Map<String, Object> values = new LinkedHashMap<>();
    public final List<Upload> uploads = new ArrayList<>();
    public final Map<String, String> errors = new LinkedHashMap<>();

    private final List<ReportField> fields;

    private ReportForm(String csrf, String summary, List<ReportField> fields) {
        this.csrf = csrf;
        this.summary = summary == null ? "" : summary.strip();
        this.fields = fields;
    }

    /** An empty form, for the first showing. */
    public static ReportForm empty(List<ReportField> fields) {
        return new ReportForm(null, "", fields);
    }

    public static ReportForm read(MultipartFormDataInput input, List<ReportField> fields, Validator validator) {
        Map<String, Collection<FormValue>> parts = input.getValues();
        ReportForm form = new ReportForm(text(parts, FormToken.FIELD), text(parts, "summary"), fields);
        validator.validate(new Summary(form.summary)).forEach(v -> form.errors.putIfAbsent("summary", FieldMessages.of(v)));
        for (ReportField field : fields) {
            String value = text(parts, FIELD_PREFIX + field.key());
            form.raw.put(field.key(), value == null ? "" : value);
            form.typed(field, value == null ? "" : value.strip());
        }
        for (FormValue part : parts.getOrDefault("files", List.of())) {
            if (part.isFileItem() && part.getFileName() != null && !part.getFileName().isBlank()) {
                form.uploads.add(new Upload(part.getFileName(), bytes(part)));
            }
        }
        return form;
    }

    private void typed(ReportField field, String value) {
        if (value.isEmpty()) {
            return; // a required one left empty is the domain's to refuse, in its words turned into ours below
        }
        String label = field.label();
        try {
            switch (field.type()) {
                case "INTEGER" -> values.put(field.key(), Long.valueOf(value.replace(".", "").replace(" ", "")));
                case "NUMBER" -> values.put(field.key(), new BigDecimal(value.replace(" ", "").replace(',', '.')));
                case "DATE" -> values.put(field.key(), LocalDate.parse(value).toString());
                case "BOOLEAN" -> values.put(field.key(), Boolean.valueOf("true".equals(value)));
                default -> values.put(field.key(), value);
            }
        } catch (NumberFormatException e) {
            errors.put(field.key(), "INTEGER".equals(field.type()) ? label + " phải là số nguyên, ví dụ 12." : label + " phải là một số, ví dụ 12,5.");
        } catch (DateTimeParseException e) {
            errors.put(field.key(), label + " phải là một ngày hợp lệ.");
        }
    }

    /** Puts a refusal of the domain beside its input, in Vietnamese; @return whether it was a form error. */
    public boolean refused(ProblemException e, String fileName) {
        Problem problem = e.problem();
        switch (problem.status()) {
            case 400 -> {
                if (problem.errors().isEmpty()) {
                    return false;
                }
                for (Problem.FieldError error : problem.errors()) {
                    if (error.field().startsWith("fields.")) {
                        String key = error.field().substring("fields.".length());
                        String label = fields.stream().filter(f -> f.key().equals(key)).map(ReportField::label).findFirst().orElse(key);
                        errors.put(key, raw.getOrDefault(key, "").isBlank() ? "Vui lòng nhập " + lower(label) + "."
                                : label + ": giá trị không hợp lệ.");
                    } else if (error.field().equals("file")) {
                        errors.put("files", "Tệp " + fileName + " trống hoặc tên tệp không hợp lệ.");
                    } else {
                        errors.put(error.field(), "Giá trị không hợp lệ.");
                    }
                }
                return true;
            }
            case 413 -> {
                errors.put("files", "Tệp " + fileName + " lớn hơn 20 MB.");
                return true;
            }
            case 415 -> {
                errors.put("files", "Tệp " + fileName + " không phải PDF, DOCX, XLSX hoặc ảnh (PNG, JPEG, GIF, WEBP).");
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** The inputs of the report fields, with what was typed and the messages. */
    public List<Input> inputs() {
        return fields.stream().map(f -> new Input(FIELD_PREFIX + f.key(), "field-" + f.key(), f.label(), f.type(), f.required(),
                raw.getOrDefault(f.key(), ""), errors.get(f.key()))).toList();
    }

    private static String lower(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    private static String text(Map<String, Collection<FormValue>> parts, String name) {
        Collection<FormValue> values = parts.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        FormValue value = values.iterator().next();
        return value.isFileItem() ? null : value.getValue();
    }

    private static byte[] bytes(FormValue part) {
        try (InputStream in = part.getFileItem().getInputStream()) {
            return in.readNBytes(ReportAttachments.MAX_BYTES + 1); // one more than allowed: the domain says it is too large
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

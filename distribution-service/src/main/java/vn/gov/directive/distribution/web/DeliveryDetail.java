package vn.gov.directive.distribution.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.gov.directive.common.security.Caller;
import vn.gov.directive.distribution.domain.Delivery;
import vn.gov.directive.distribution.domain.DeliveryAction;
import vn.gov.directive.distribution.domain.DeliveryLifecycle;
import vn.gov.directive.distribution.domain.DirectiveCopy;
import vn.gov.directive.distribution.domain.HistoryEntry;
import vn.gov.directive.distribution.domain.ReportAttachment;
import vn.gov.directive.distribution.domain.Unit;
import vn.gov.directive.events.DirectiveDocument;
import vn.gov.directive.events.ReportField;
import vn.gov.directive.events.Role;
import vn.gov.directive.events.Urgency;
import vn.gov.directive.common.time.VietnamTime;
import vn.gov.directive.web.Labels;
import vn.gov.directive.web.LabelsBundle;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * A delivery as its page shows it, read inside a transaction and turned into words and Vietnam
 * time, because the template renders after the transaction ends. Which buttons show is asked of
 * {@link DeliveryLifecycle}, {@link Delivery#isAddressedTo} and {@link DirectiveCopy#isDecidedBy}, the rules the actions themselves enforce.
 */
public record DeliveryDetail(UUID id, UUID directiveId, String unitName, boolean ownUnit, String status, String statusClass, String role, String deadline, String deadlineInput,
        boolean overdue, Letter letter, List<TaskLine> tasks, List<ReportField> reportFields, Report report,
        List<AttachmentLine> attachments, List<HistoryLine> history, Amendment amendment, Actions actions) {

    /** Which part of the portal the page belongs to: the unit's inbox, or the issuer's follow-up. */
    public String nav() {
        return ownUnit ? "inbox" : "issued";
    }

    /** The directive laid out as a Vietnamese official letter (Decree 30/2020). */
    public record Letter(String issuerName, String documentType, String number, String placeAndDate, String subject,
            String urgency, String urgencyClass, List<String> addressees, List<String> body, String signerAuthority,
            String signerTitle, String signerName, List<String> copiesTo, String archive, List<String> references, int version) {
    }

    public record TaskLine(String title, String deadline, List<String> reportFields) {
    }

    public record Report(String summary, List<Map.Entry<String, String>> fields, String reportedAt) {
    }

    public record AttachmentLine(String fileName, String size, String href) {
    }

    public record HistoryLine(String at, String action, String actor, String from, String to, String reason, int version) {
    }

    /** What changed from the version the unit acknowledged to the current one. */
    public record Amendment(int from, int to, String amendedAt, List<Change> changes) {
    }

    public record Change(String what, String before, String after) {
    }

    /** The buttons this viewer gets on this delivery. */
    public record Actions(boolean acknowledge, boolean returnIt, boolean report, boolean accept, boolean requestRevision,
            boolean extend) {

        public boolean any() {
            return acknowledge || returnIt || report || accept || requestRevision || extend;
        }
    }

    public static DeliveryDetail of(Delivery delivery, Caller caller, Instant now) {
        DirectiveCopy directive = delivery.directive;
        boolean ownUnit = delivery.isAddressedTo(caller);
        boolean decides = directive.isDecidedBy(caller);
        Actions actions = new Actions(
                ownUnit && allows(delivery, DeliveryAction.ACKNOWLEDGE),
                ownUnit && allows(delivery, DeliveryAction.RETURN),
                ownUnit && delivery.role == Role.ACTION && allows(delivery, DeliveryAction.REPORT),
                decides && allows(delivery, DeliveryAction.ACCEPT_REPORT),
                decides && allows(delivery, DeliveryAction.REQUEST_REVISION),
                decides && allows(delivery, DeliveryAction.EXTEND_DEADLINE));
        List<ReportField> fields = directive.reportFieldsOf(delivery.unit);
        Unit unit = Unit.findById(delivery.unit);
        Labels labels = LabelsBundle.get();
        PortalLabels own = MessageBundles.get(PortalLabels.class);
        return new DeliveryDetail(delivery.id, delivery.directiveId, unit == null ? delivery.unit : unit.name, ownUnit,
                labels.deliveryStatus(delivery.status), statusClass(delivery, now), labels.role(delivery.role),
                VietnamTime.dateTime(delivery.deadline), VietnamTime.inputValue(delivery.deadline), delivery.isOverdue(now),
                letter(delivery, directive), tasks(delivery, directive), fields, report(delivery, fields),
                ReportAttachment.of(delivery.id).stream().map(a -> new AttachmentLine(a.fileName, size(a.size),
                        "/portal/deliveries/" + delivery.id + "/attachments/" + a.id)).toList(),
                HistoryEntry.historyOf(delivery.id).stream().map(e -> new HistoryLine(VietnamTime.dateTime(e.at), own.action(e.action),
                        e.actor, e.from == null ? "" : labels.deliveryStatus(e.from), labels.deliveryStatus(e.to), e.reason,
                        e.directiveVersion)).toList(),
                amendment(delivery, directive), actions);
    }

    private static boolean allows(Delivery delivery, DeliveryAction action) {
        return DeliveryLifecycle.allows(delivery.status, action);
    }

    static String statusClass(Delivery delivery, Instant now) {
        return delivery.isOverdue(now) ? "overdue" : delivery.status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Letter letter(Delivery delivery, DirectiveCopy directive) {
        DirectiveDocument document = directive.document();
        Map<Role, List<String>> recipients = recipients(directive.id);
        List<String> addressees = new ArrayList<>(recipients.getOrDefault(Role.ACTION, List.of()));
        addressees.addAll(recipients.getOrDefault(Role.COORDINATE, List.of()));
        List<String> copies = new ArrayList<>();
        copies.add("Như trên;");
        recipients.getOrDefault(Role.FOR_REPORT, List.of()).forEach(n -> copies.add(n + " (b/c);"));
        recipients.getOrDefault(Role.FOR_INFO, List.of()).forEach(n -> copies.add(n + " (để biết);"));
        String archive = document == null || document.archive() == null || document.archive().isEmpty() ? null
                : "Lưu: " + String.join(", ", document.archive()) + ".";
        Labels labels = LabelsBundle.get();
        return new Letter(directive.issuerName == null ? directive.issuer : directive.issuerName,
                labels.documentType(directive.documentType), directive.number,
                VietnamTime.letterDate(document == null ? null : document.place(), directive.issuedAt), directive.subject,
                directive.urgency == Urgency.NORMAL ? "" : labels.urgency(directive.urgency), directive.urgency.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                addressees, paragraphs(document == null ? "" : Objects.toString(document.body(), "")),
                document == null ? null : document.signerAuthority(), document == null ? null : document.signerTitle(),
                document == null ? null : document.signerName(), copies, archive,
                document == null || document.references() == null ? List.of() : document.references(), directive.version);
    }

    /** The body's paragraphs: text separated by blank lines (a line break inside one is kept). */
    static List<String> paragraphs(String body) {
        return Arrays.stream(body.split("\\n[ \\t\\u00a0]*\\n\\s*")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** The names of the directive's recipient units by role, as the directory names them. */
    private static Map<Role, List<String>> recipients(UUID directiveId) {
        List<Delivery> all = Delivery.list("directiveId", directiveId);
        Map<String, String> names = Unit.<Unit>list("code in ?1", all.stream().map(d -> d.unit).toList()).stream()
                .collect(Collectors.toMap(u -> u.code, u -> u.name));
        return all.stream().sorted(Comparator.comparing(d -> d.unit))
                .collect(Collectors.groupingBy(d -> d.role, Collectors.mapping(d -> names.getOrDefault(d.unit, d.unit), Collectors.toList())));
    }

    /** The unit's tasks; one without its own deadline is due when the delivery is (an extension included). */
    private static List<TaskLine> tasks(Delivery delivery, DirectiveCopy directive) {
        return directive.tasks().stream().filter(t -> t.assignees() != null && t.assignees().contains(delivery.unit))
                .map(t -> new TaskLine(t.title(), VietnamTime.dateTime(t.deadline() != null ? t.deadline() : delivery.deadline),
                        t.reportFields() == null ? List.of() : t.reportFields().stream().map(ReportField::label).toList()))
                .toList();
    }

    private static Report report(Delivery delivery, List<ReportField> fields) {
        if (delivery.reportSummary == null) {
            return null;
        }
        Map<String, Object> values = delivery.reportFields() == null ? Map.of() : delivery.reportFields();
        Map<String, String> labels = fields.stream().collect(Collectors.toMap(ReportField::key, ReportField::label, (a, b) -> a));
        List<Map.Entry<String, String>> lines = values.entrySet().stream()
                .map(e -> Map.entry(labels.getOrDefault(e.getKey(), e.getKey()), display(e.getValue()))).toList();
        return new Report(delivery.reportSummary, lines, VietnamTime.dateTime(delivery.reportedAt));
    }

    private static String display(Object value) {
        return value instanceof Boolean b ? (b ? "Có" : "Không") : Objects.toString(value, "");
    }

    /** Shown while the unit has to acknowledge a version later than the one it acknowledged. */
    private static Amendment amendment(Delivery delivery, DirectiveCopy directive) {
        if (!delivery.needsAcknowledgment() || delivery.acknowledgedVersion == null || delivery.acknowledgedVersion >= directive.version) {
            return null;
        }
        DirectiveCopy.Version now = directive.current();
        List<Change> changes = directive.previous().map(before -> changes(before, now)).orElse(List.of());
        return new Amendment(delivery.acknowledgedVersion, directive.version, VietnamTime.dateTime(directive.amendedAt), changes);
    }

    private static List<Change> changes(DirectiveCopy.Version before, DirectiveCopy.Version after) {
        List<Change> changes = new ArrayList<>();
        compare(changes, "Số, ký hiệu", before.number(), after.number());
        compare(changes, "Trích yếu", before.subject(), after.subject());
        compare(changes, "Hạn xử lý", VietnamTime.dateTime(before.deadline()), VietnamTime.dateTime(after.deadline()));
        Function<DirectiveCopy.Version, String> body = v -> v.document() == null ? "" : Objects.toString(v.document().body(), "");
        compare(changes, "Nội dung văn bản", body.apply(before), body.apply(after));
        Function<DirectiveCopy.Version, String> tasks = v -> v.tasks() == null ? "" : v.tasks().stream()
                .map(t -> "• " + t.title() + (t.deadline() == null ? "" : " (hạn " + VietnamTime.dateTime(t.deadline()) + ")"))
                .collect(Collectors.joining("\n"));
        compare(changes, "Nhiệm vụ", tasks.apply(before), tasks.apply(after));
        return changes;
    }

    private static void compare(List<Change> changes, String what, String before, String after) {
        if (!Objects.equals(Objects.toString(before, ""), Objects.toString(after, ""))) {
            changes.add(new Change(what, Objects.toString(before, ""), Objects.toString(after, "")));
        }
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024)).replace('.', ',');
    }
}

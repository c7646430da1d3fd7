package vn.gov.directive.notification.sending;

import io.quarkus.qute.TemplateData;

/**
 * What the mail templates see ({m.number}, {m.deadline}, ...): texts ready to print, the deadline
 * already in Vietnam time ("17:00 thứ Hai, 15/12/2026"), enums by name.
 */
@TemplateData
public record MailData(String kind, String urgency, String number, String subject, String unitName,
        String unitCode, String role, String deadline, boolean overdue, String detail, String link) {
}

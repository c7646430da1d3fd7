package vn.gov.directive.directive.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import vn.gov.directive.directive.domain.DirectiveStatus;
import vn.gov.directive.directive.domain.ReportFieldType;

/** The wording of this service's own codes; the events' codes are platform-web's Labels. */
@MessageBundle(value = "directiveLabels", locale = "vi")
public interface DirectiveLabels {

    @Message("{#when status}{#is DRAFT}Dự thảo{#is ISSUED}Đã ban hành{#is RECALLED}Đã thu hồi{/when}")
    String status(DirectiveStatus status);

    @Message("{#when type}{#is INTEGER}Số nguyên{#is NUMBER}Số{#is TEXT}Văn bản{#is DATE}Ngày{#is BOOLEAN}Có/không{/when}")
    String fieldType(ReportFieldType type);
}

package vn.gov.directive.distribution.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import vn.gov.directive.distribution.domain.DeliveryAction;
import vn.gov.directive.distribution.domain.InboxTab;

/** The wording of this service's own codes; the events' codes are platform-web's Labels. */
@MessageBundle(value = "portalLabels", locale = "vi")
public interface PortalLabels {

    @Message("{#when action}{#is ACKNOWLEDGE}Xác nhận đã nhận{#is RETURN}Trả lại văn bản{#is REPORT}Gửi báo cáo"
            + "{#is ACCEPT_REPORT}Chấp nhận báo cáo{#is REQUEST_REVISION}Yêu cầu bổ sung báo cáo{#is EXTEND_DEADLINE}Gia hạn"
            + "{#is AMEND}Văn bản được sửa đổi{#is RECALL}Văn bản bị thu hồi{/when}")
    String action(DeliveryAction action);

    @Message("{#when tab}{#is ALL}Tất cả{#is NEW}Mới{#is DUE_SOON}Sắp đến hạn{#is OVERDUE}Quá hạn{#is DONE}Đã xong{/when}")
    String tab(InboxTab tab);
}

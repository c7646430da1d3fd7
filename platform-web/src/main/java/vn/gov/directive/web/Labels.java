package vn.gov.directive.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.Role;
import vn.gov.directive.events.Urgency;

/**
 * The one Vietnamese wording of each code the platform's events carry, for templates
 * ({@code {labels:role(r)}}) and Java code (injected, or {@link LabelsBundle#get()}) alike: pages, exports and any other
 * caller read the same word, so it exists once. A value without a wording renders empty, which
 * the bundle's test refuses.
 */
@MessageBundle(value = "labels", locale = "vi")
public interface Labels {

    @Message("{#when role}{#is ACTION}Chủ trì, thực hiện{#is COORDINATE}Phối hợp{#is FOR_REPORT}Để báo cáo"
            + "{#is FOR_INFO}Để biết{/when}")
    String role(Role role);

    @Message("{#when urgency}{#is NORMAL}Thường{#is URGENT}Khẩn{#is VERY_URGENT}Thượng khẩn{#is FLASH}Hỏa tốc{/when}")
    String urgency(Urgency urgency);

    @Message("{#when status}{#is PENDING}Chờ gửi{#is DELIVERED}Chưa tiếp nhận{#is ACKNOWLEDGED}Đã tiếp nhận"
            + "{#is IN_PROGRESS}Đang thực hiện{#is REPORTED}Đã báo cáo{#is COMPLETED}Hoàn thành"
            + "{#is REVISION_REQUESTED}Cần bổ sung báo cáo{#is RETURNED}Đã trả lại{#is RECALLED}Đã thu hồi{/when}")
    String deliveryStatus(DeliveryStatus status);

    /** Decree 30/2020 document types; a code the platform does not know reads as a plain "Văn bản". */
    @Message("{#when code}{#is 'CONG_VAN'}Công văn{#is 'CHI_THI'}Chỉ thị{#is 'QUYET_DINH'}Quyết định{#is 'KE_HOACH'}Kế hoạch"
            + "{#is 'THONG_BAO'}Thông báo{#is 'HUONG_DAN'}Hướng dẫn{#else}Văn bản{/when}")
    String documentType(String code);

    /** Kinds of unit of the directory (seed/units-quang-ninh-2024.json); a kind not listed here shows its code. */
    @Message("{#when kind}{#is 'PROVINCIAL_PC'}UBND tỉnh{#is 'PROVINCIAL_AGENCY'}Sở, ban, ngành tỉnh"
            + "{#is 'PROVINCIAL_DEPARTMENT'}Sở, ngành{#is 'DISTRICT_PC'}UBND cấp huyện{#is 'COMMUNE_PC'}UBND cấp xã"
            + "{#is 'PARTY_BODY'}Cơ quan Đảng{#is 'MEDIA_CENTER'}Cơ quan báo chí, truyền thông{#is 'POLICE'}Công an"
            + "{#is 'UNKNOWN'}Chưa rõ loại{#else}{kind}{/when}")
    String unitKind(String kind);

    /** The platform's realm roles (Caller's constants), as the header names what the signed-in person does. */
    @Message("{#when role}{#is 'operator'}Vận hành{#is 'auditor'}Lãnh đạo, kiểm tra{#is 'issuer'}Đơn vị ban hành"
            + "{#is 'unit-officer'}Văn thư đơn vị{#is 'integration'}Hệ thống liên thông{/when}")
    String userRole(String role);
}

package vn.gov.directive.directive.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import vn.gov.directive.common.directory.ReplicaUnit;
import vn.gov.directive.common.text.VietnameseText;
import vn.gov.directive.directive.domain.ReportFieldType;
import vn.gov.directive.directive.repository.DirectoryListing;
import vn.gov.directive.events.Role;
import vn.gov.directive.events.Urgency;
import vn.gov.directive.web.FormErrors;
import vn.gov.directive.web.Labels;

/** The select boxes of the draft form. */
public record FormChoices(List<Option> documentTypes, List<Option> urgencies, List<Option> authorities,
        List<Option> roles, List<Option> fieldTypes, List<Choice> groups, List<Choice> units, List<Option> assignees) {

    /** Decree 30/2020 document types the form offers, in the order clerks use them most. */
    static final List<String> DOCUMENT_TYPES = List.of("CONG_VAN", "CHI_THI", "QUYET_DINH", "KE_HOACH", "THONG_BAO");

    /** A group or unit the clerk may pick, with the role picked (empty: not a recipient) and its error. */
    public record Choice(String key, String id, String code, String name, String detail, String search, String picked,
            String error) {

        static Choice of(String kind, String code, String name, String detail, Map<String, Role> picks) {
            String key = kind + ":" + code;
            Role role = picks.get(key);
            return new Choice(key, "r-" + kind + "-" + code, code, name, detail, VietnameseText.fold(name + " " + code),
                    role == null ? "" : role.name(), "");
        }

        Choice withError(String message) {
            return new Choice(key, id, code, name, detail, search, picked, message);
        }
    }

    static FormChoices of(List<DirectoryListing.Group> groups, List<ReplicaUnit> units, String issuer, Map<String, Role> picks,
            Labels labels) {
        List<Option> types = DOCUMENT_TYPES.stream().map(t -> new Option(t, labels.documentType(t))).toList();
        List<Option> urgencies = Arrays.stream(Urgency.values()).map(u -> new Option(u.name(), labels.urgency(u))).toList();
        List<Option> authorities = List.of(new Option("", "Ký trực tiếp"), new Option("KT.", "KT. (ký thay)"),
                new Option("TL.", "TL. (thừa lệnh)"), new Option("TM.", "TM. (thay mặt)"), new Option("TUQ.", "TUQ. (thừa ủy quyền)"));
        List<Option> roles = Arrays.stream(Role.values()).map(r -> new Option(r.name(), labels.role(r))).toList();
        List<Option> fieldTypes = List.of(new Option(ReportFieldType.INTEGER.name(), "Số nguyên (ví dụ: số tin bài)"),
                new Option(ReportFieldType.NUMBER.name(), "Số (có phần thập phân)"),
                new Option(ReportFieldType.TEXT.name(), "Chữ"));
        List<Choice> groupChoices = groups.stream().map(g -> Choice.of("G", g.code(), g.name(),
                g.members() + " đơn vị", picks)).toList();
        List<Choice> unitChoices = units.stream().filter(u -> !u.code().equals(issuer))
                .map(u -> Choice.of("U", u.code(), u.name(), u.code(), picks)).toList();
        List<Option> assignees = new ArrayList<>();
        assignees.add(new Option(ClerkForm.ACTION_RECIPIENTS, "Đơn vị chủ trì (theo Nơi nhận)"));
        groupChoices.forEach(g -> assignees.add(new Option(g.key(), "Nhóm: " + g.name())));
        unitChoices.forEach(u -> assignees.add(new Option(u.key(), u.name())));
        return new FormChoices(types, urgencies, authorities, roles, fieldTypes, groupChoices, unitChoices, assignees);
    }

    FormChoices withErrors(FormErrors errors) {
        return new FormChoices(documentTypes, urgencies, authorities, roles, fieldTypes,
                groups.stream().map(c -> c.withError(errors.get(c.id()))).toList(),
                units.stream().map(c -> c.withError(errors.get(c.id()))).toList(), assignees);
    }
}

package vn.gov.directive.directive.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.gov.directive.common.problem.Problem;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.events.Role;
import vn.gov.directive.events.Urgency;

class DirectiveContentTest {

    private static final Instant NOW = Instant.parse("2026-04-15T03:00:00Z");

    @Test
    void everyTextIsStoredInNfcWhateverFormItArrivedIn() {
        String subject = "V/v tăng cường tuyên truyền phòng ngừa tội phạm";
        String decomposed = Normalizer.normalize(subject, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(subject);

        DirectiveContent content = content(decomposed, Confidentiality.NONE, null, null).normalised();

        assertThat(content.subject()).isEqualTo(subject);
        assertThat(content.signer().name()).isEqualTo("Nguyễn Thanh Trà");
        assertThat(content.tasks().get(0).title()).isEqualTo("Tuyên truyền rộng rãi");
        assertThat(content.tasks().get(0).reportFields().get(0).label()).isEqualTo("Số tin, bài đã đăng");
        assertThat(content.references()).containsExactly("1953/VP.UBND-VHXH ngày 08/4/2024 của UBND tỉnh");
    }

    @ParameterizedTest
    @EnumSource(value = Confidentiality.class, names = { "MAT", "TOI_MAT", "TUYET_MAT" })
    void stateSecretsAreRefusedWith422(Confidentiality secret) {
        assertThatThrownBy(() -> content("V/v", secret, null, null).checkAcceptable(NOW))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(422);
                    assertThat(e.problem().detail()).contains(secret.name());
                });
    }

    @Test
    void unclassifiedWithFutureDeadlinesIsAccepted() {
        assertThatCode(() -> content("V/v", null, NOW.plusSeconds(60), NOW.plusSeconds(30)).checkAcceptable(NOW)).doesNotThrowAnyException();
        assertThat(content("V/v", null, null, null).confidentiality()).isEqualTo(Confidentiality.NONE);
        assertThat(content("V/v", null, null, null).urgency()).isEqualTo(Urgency.NORMAL);
    }

    @Test
    void deadlinesNotAfterTheIssueTimeAreRefusedEachNamed() {
        assertThatThrownBy(() -> content("V/v", null, NOW, NOW.minusSeconds(1)).checkAcceptable(NOW))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(422);
                    assertThat(e.problem().errors()).extracting(Problem.FieldError::field).containsExactly("deadline", "tasks[0].deadline");
                });
    }

    @Test
    void amendmentReplacesOnlyTheFieldsItNames() {
        DirectiveContent before = content("V/v cũ", null, NOW.plusSeconds(3600), null);
        Amendment change = new Amendment(null, "V/v mới", null, null, null, Urgency.URGENT, null, null, null,
                NOW.plusSeconds(7200), null, "Đổi hạn");

        DirectiveContent after = before.amendedBy(change);

        assertThat(after.subject()).isEqualTo("V/v mới");
        assertThat(after.urgency()).isEqualTo(Urgency.URGENT);
        assertThat(after.deadline()).isEqualTo(NOW.plusSeconds(7200));
        assertThat(after.body()).isEqualTo(before.body());
        assertThat(after.recipients()).isEqualTo(before.recipients());
        assertThat(after.tasks()).isEqualTo(before.tasks());
    }

    private static DirectiveContent content(String subject, Confidentiality confidentiality, Instant deadline, Instant taskDeadline) {
        String nfd = "Nguyễn Thanh Trà";
        return new DirectiveContent("CONG_VAN", "STTTT-TTBCXB", "Quảng Ninh", subject, "Nội dung",
                new Signer(Normalizer.normalize(nfd, Normalizer.Form.NFD), "Giám đốc", null), "TTBCXB", null, confidentiality,
                List.of(Normalizer.normalize("1953/VP.UBND-VHXH ngày 08/4/2024 của UBND tỉnh", Normalizer.Form.NFD)),
                List.of("VT"), List.of(new NamedRecipient(UnitRef.group("DISTRICT_PCS"), Role.ACTION)),
                List.of(new TaskSpec(null, Normalizer.normalize("Tuyên truyền rộng rãi", Normalizer.Form.NFD),
                        List.of(UnitRef.group("DISTRICT_PCS")), taskDeadline,
                        List.of(new ReportFieldSpec("articles", Normalizer.normalize("Số tin, bài đã đăng", Normalizer.Form.NFD),
                                ReportFieldType.INTEGER, false)))),
                deadline, new ReminderPolicySpec(List.of(Duration.ofDays(3)), Duration.ofDays(2), 3, true));
    }
}

package vn.gov.directive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.directive.events.DeliveryStatus;
import vn.gov.directive.events.Role;
import vn.gov.directive.events.Urgency;

/** Every value of every enum of the events that pages show has its one wording in the bundle. */
@QuarkusTest
class LabelsTests {

    @Inject
    Labels labels;

    @Test
    void everyRoleHasItsWording() {
        assertEveryValueWorded(Role.values(), labels::role);
        assertThat(labels.role(Role.ACTION)).isEqualTo("Chủ trì, thực hiện");
    }

    @Test
    void everyUrgencyHasItsWording() {
        assertEveryValueWorded(Urgency.values(), labels::urgency);
    }

    @Test
    void everyDeliveryStatusHasItsWording() {
        assertEveryValueWorded(DeliveryStatus.values(), labels::deliveryStatus);
    }

    @Test
    void documentTypesAndUnitKindsAreWorded() {
        List<String> types = List.of("CONG_VAN", "CHI_THI", "QUYET_DINH", "KE_HOACH", "THONG_BAO", "HUONG_DAN");
        assertThat(types.stream().map(labels::documentType)).doesNotContain("Văn bản", "").doesNotHaveDuplicates();
        assertThat(labels.documentType("TO_TRINH")).isEqualTo("Văn bản");
        assertThat(labels.unitKind("COMMUNE_PC")).isEqualTo("UBND cấp xã");
        assertThat(labels.unitKind("UNKNOWN")).isEqualTo("Chưa rõ loại");
        assertThat(labels.unitKind("HOSPITAL")).isEqualTo("HOSPITAL");
    }

    @Test
    void javaCallersReadTheSameBundle() {
        assertThat(LabelsBundle.get().deliveryStatus(DeliveryStatus.RETURNED)).isEqualTo(labels.deliveryStatus(DeliveryStatus.RETURNED));
    }

    private static <E extends Enum<E>> void assertEveryValueWorded(E[] values, Function<E, String> label) {
        Set<String> words = new HashSet<>();
        for (E value : values) {
            String word = label.apply(value);
            assertThat(word).as("the wording of %s.%s", value.getDeclaringClass().getSimpleName(), value.name())
                    .isNotBlank().isNotEqualTo(value.name());
            assertThat(words.add(word)).as("%s has a wording of its own", value.name()).isTrue();
        }
        assertThat(words).hasSize(Arrays.asList(values).size());
    }
}

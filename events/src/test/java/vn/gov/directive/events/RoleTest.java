package vn.gov.directive.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RoleTest {

    /** DESIGN §4: ACTION > COORDINATE > FOR_REPORT > FOR_INFO. */
    private static final List<Role> STRONGEST_FIRST = List.of(Role.ACTION, Role.COORDINATE, Role.FOR_REPORT,
            Role.FOR_INFO);

    @Test
    void the_design_lists_every_role() {
        assertThat(Role.values()).containsExactlyInAnyOrderElementsOf(STRONGEST_FIRST);
    }

    @Test
    void each_role_is_stronger_than_every_role_after_it_and_weaker_than_every_role_before_it() {
        for (int i = 0; i < STRONGEST_FIRST.size(); i++) {
            for (int j = 0; j < STRONGEST_FIRST.size(); j++) {
                Role a = STRONGEST_FIRST.get(i);
                Role b = STRONGEST_FIRST.get(j);
                assertThat(a.isStrongerThan(b)).as("%s stronger than %s", a, b).isEqualTo(i < j);
            }
        }
    }

    @Test
    void the_named_pairs_of_the_design_hold() {
        assertThat(Role.ACTION.isStrongerThan(Role.COORDINATE)).isTrue();
        assertThat(Role.COORDINATE.isStrongerThan(Role.FOR_REPORT)).isTrue();
        assertThat(Role.FOR_REPORT.isStrongerThan(Role.FOR_INFO)).isTrue();
        assertThat(Role.FOR_INFO.isStrongerThan(Role.ACTION)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void no_role_is_stronger_than_itself(Role role) {
        assertThat(role.isStrongerThan(role)).isFalse();
    }

    @Test
    void a_unit_named_several_times_keeps_its_strongest_role() {
        Role kept = Stream.of(Role.FOR_INFO, Role.COORDINATE, Role.FOR_REPORT)
                .reduce((a, b) -> b.isStrongerThan(a) ? b : a).orElseThrow();

        assertThat(kept).isEqualTo(Role.COORDINATE);
    }

    @Test
    void only_action_and_coordinate_units_must_acknowledge() {
        assertThat(Role.ACTION.mustAcknowledge()).isTrue();
        assertThat(Role.COORDINATE.mustAcknowledge()).isTrue();
        assertThat(Role.FOR_REPORT.mustAcknowledge()).isFalse();
        assertThat(Role.FOR_INFO.mustAcknowledge()).isFalse();
    }
}

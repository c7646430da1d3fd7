package vn.gov.directive.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TargetTest {

    private static Target target(String key) {
        return Target.ALL.stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void anUpperLimitIsMetOnlyBelowIt() {
        Target stored = target("fanout_10000_stored_s");
        assertThat(stored.judge(1.99)).isEqualTo(Target.Verdict.MET);
        assertThat(stored.judge(2.0)).isEqualTo(Target.Verdict.MISSED);
        assertThat(stored.limitText()).isEqualTo("< 2");
    }

    @Test
    void aLowerLimitIsMetAtOrAboveIt() {
        Target ratio = target("fanout_ratio");
        assertThat(ratio.judge(0.10)).isEqualTo(Target.Verdict.MET);
        assertThat(ratio.judge(0.099)).isEqualTo(Target.Verdict.MISSED);
        assertThat(ratio.limitText()).isEqualTo("≥ 10 %");
        assertThat(target("ack_per_s").judge(499)).isEqualTo(Target.Verdict.MISSED);
    }

    @Test
    void aMissingFigureIsNeitherMetNorMissed() {
        Map<String, Object> results = new HashMap<>();
        results.put("compliance_p99_ms", null);
        assertThat(target("compliance_p99_ms").judge(results)).isEqualTo(Target.Verdict.NOT_MEASURED);
        assertThat(target("ack_p99_ms").judge(Double.NaN)).isEqualTo(Target.Verdict.NOT_MEASURED);
    }
}

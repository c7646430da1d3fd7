package vn.gov.directive.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import vn.gov.directive.common.ports.LocalPorts;

class BenchConfigTest {

    @Test
    void defaultsAreTheLocalStackAndTheIssuesSizes() {
        BenchConfig config = BenchConfig.parse("--root=/work/x");
        assertThat(config.fanOutSizes()).containsExactly(1000, 10000);
        assertThat(config.largestFanOut()).isEqualTo(10000);
        assertThat(config.distributionUrl()).isEqualTo(LocalPorts.http("distribution-service"));
        assertThat(config.results()).isEqualTo(Path.of("/work/x/target/bench/results.json"));
        assertThat(config.docs()).isEqualTo(Path.of("/work/x/docs/BENCHMARKS.md"));
        assertThat(config.ceilingOutput()).isNull();
    }

    @Test
    void optionsOverrideAndUnknownOnesAreRefused() {
        BenchConfig config = BenchConfig.parse("--fan-out-sizes=100, 500", "--rush-directives=3", "--ceiling-output=/tmp/c.txt");
        assertThat(config.fanOutSizes()).containsExactly(100, 500);
        assertThat(config.rushDirectives()).isEqualTo(3);
        assertThat(config.ceilingOutput()).isEqualTo(Path.of("/tmp/c.txt"));
        assertThatThrownBy(() -> BenchConfig.parse("--fanout=1")).hasMessageContaining("unknown options: [fanout]");
        assertThatThrownBy(() -> BenchConfig.parse("fanout")).hasMessageContaining("--name=value");
    }
}

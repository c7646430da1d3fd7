package vn.gov.directive.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessMemoryTest {

    @Test
    void statFieldsStartAfterTheCommandNameWhateverItHolds() {
        String[] fields = ProcessMemory.statFields("4242 (java (x) y) S 17 4200 4200 0 -1 4194560");
        assertThat(fields[0]).isEqualTo("S");
        assertThat(fields[1]).isEqualTo("17");
        assertThat(fields[2]).isEqualTo("4200");
    }

    @Test
    void readsKilobyteFieldsOfProcFiles(@TempDir Path dir) throws IOException {
        Path status = dir.resolve("status");
        Files.writeString(status, "Name:\tjava\nVmHWM:\t  312456 kB\nVmRSS:\t  298000 kB\n");
        assertThat(ProcessMemory.field(status, "VmRSS:")).hasValue(298000);
        assertThat(ProcessMemory.field(status, "VmHWM:")).hasValue(312456);
        assertThat(ProcessMemory.field(status, "VmSwap:")).isEmpty();
        assertThat(ProcessMemory.field(dir.resolve("gone"), "VmRSS:")).isEmpty();
    }

    @Test
    void measuresThisVeryJvm() {
        assertThat(ProcessMemory.statusKb(ProcessHandle.current().pid(), "VmRSS:").orElse(0)).isPositive();
    }
}

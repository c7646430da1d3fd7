package vn.gov.directive.distribution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.distribution.SampleFiles;

class OfficePackageTest {

    @Test
    void aFourMegabyteBombThatWouldInflateToFourGibibytesIsRefusedInWellUnderASecond() {
        byte[] bomb = SampleFiles.zipBomb(4096);
        assertThat(bomb.length).isBetween(1_000_000, 10_000_000);
        Instant start = Instant.now();
        assertThatThrownBy(() -> OfficePackage.inspect(bomb)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(413);
            assertThat(e.problem().detail()).contains("inflates more than 100 times");
        });
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofMillis(500));
    }

    @Test
    void theTotalInflatedIsCappedEvenAtAnHonestRatio() {
        // 120 MiB of varied bytes compress little: the ratio passes, the total does not
        assertThatThrownBy(() -> OfficePackage.checkLimits(OfficePackage.MAX_INFLATED_BYTES + 1, OfficePackage.MAX_INFLATED_BYTES / 2))
                .isInstanceOf(ProblemException.class).hasMessageContaining("more than " + OfficePackage.MAX_INFLATED_BYTES);
        OfficePackage.checkLimits(OfficePackage.MAX_INFLATED_BYTES, OfficePackage.MAX_INFLATED_BYTES / 2);
    }

    @Test
    void aSmallPackageMayCompressWellAndALargeOneMayNot() {
        OfficePackage.checkLimits(OfficePackage.RATIO_GRACE_BYTES, 100); // the first MiB is not held to the ratio
        OfficePackage.checkLimits(50L * 1024 * 1024, 1024 * 1024); // 50 times
        assertThatThrownBy(() -> OfficePackage.checkLimits(2L * 1024 * 1024, 10_000)).isInstanceOf(ProblemException.class);
    }

    @Test
    void aRealisticDocumentPasses() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] office = SampleFiles.office(SampleFiles.DOCX_MAIN);
        assertThat(OfficePackage.inspect(office)).contains(AttachmentType.DOCX);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/media/image1.png"));
            zip.write(SampleFiles.png());
            zip.closeEntry();
        }
        assertThat(OfficePackage.inspect(bytes.toByteArray())).as("a ZIP without the Office structure").isEmpty();
    }

    @Test
    void tooManyEntriesAreRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i <= OfficePackage.MAX_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("e" + i));
                zip.closeEntry();
            }
        }
        assertThatThrownBy(() -> OfficePackage.inspect(bytes.toByteArray())).isInstanceOf(ProblemException.class)
                .hasMessageContaining("entries");
    }
}

package vn.gov.directive.distribution.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.gov.directive.distribution.SampleFiles;

class AttachmentTypeTest {

    @Test
    void eachAcceptedTypeIsRecognisedByItsContent() {
        assertThat(AttachmentType.of(SampleFiles.pdf())).contains(AttachmentType.PDF);
        assertThat(AttachmentType.of(SampleFiles.png())).contains(AttachmentType.PNG);
        assertThat(AttachmentType.of(SampleFiles.jpeg())).contains(AttachmentType.JPEG);
        assertThat(AttachmentType.of("GIF89a....".getBytes(StandardCharsets.US_ASCII))).contains(AttachmentType.GIF);
        assertThat(AttachmentType.of("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII))).contains(AttachmentType.WEBP);
        assertThat(AttachmentType.of(SampleFiles.office("word/document.xml"))).contains(AttachmentType.DOCX);
        assertThat(AttachmentType.of(SampleFiles.office("xl/workbook.xml"))).contains(AttachmentType.XLSX);
    }

    @Test
    void anythingElseIsRefusedWhateverItPretendsToBe() {
        assertThat(AttachmentType.of(SampleFiles.exe())).isEmpty();
        assertThat(AttachmentType.of("Báo cáo kết quả".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(AttachmentType.of(new byte[0])).isEmpty();
        assertThat(AttachmentType.of(SampleFiles.zip("notes.txt"))).as("a ZIP that is no Office package").isEmpty();
        assertThat(AttachmentType.of(SampleFiles.office("ppt/presentation.xml"))).as("PowerPoint is not accepted").isEmpty();
        assertThat(AttachmentType.of(new byte[] { 'P', 'K', 3, 4, 0, 0 })).as("a broken ZIP").isEmpty();
        assertThat(AttachmentType.of("%PD".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }
}

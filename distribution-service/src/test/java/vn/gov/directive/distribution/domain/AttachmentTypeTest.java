package vn.gov.directive.distribution.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import vn.gov.directive.distribution.SampleFiles;

class AttachmentTypeTest {

    @Test
    void eachAcceptedTypeIsRecognisedByItsContent() {
        assertThat(AttachmentType.of(SampleFiles.pdf())).contains(AttachmentType.PDF);
        assertThat(AttachmentType.of(SampleFiles.pdfOf(100_000))).contains(AttachmentType.PDF);
        assertThat(AttachmentType.of(SampleFiles.png())).contains(AttachmentType.PNG);
        assertThat(AttachmentType.of(SampleFiles.jpeg())).contains(AttachmentType.JPEG);
        assertThat(AttachmentType.of(gif())).contains(AttachmentType.GIF);
        assertThat(AttachmentType.of(webp())).contains(AttachmentType.WEBP);
        assertThat(AttachmentType.of(SampleFiles.office(SampleFiles.DOCX_MAIN))).contains(AttachmentType.DOCX);
        assertThat(AttachmentType.of(SampleFiles.office(SampleFiles.XLSX_MAIN))).contains(AttachmentType.XLSX);
    }

    @Test
    void anythingElseIsRefusedWhateverItPretendsToBe() {
        assertThat(AttachmentType.of(SampleFiles.exe())).isEmpty();
        assertThat(AttachmentType.of("Báo cáo kết quả".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(AttachmentType.of(new byte[0])).isEmpty();
        assertThat(AttachmentType.of(SampleFiles.zip("notes.txt"))).as("a ZIP that is no Office package").isEmpty();
        assertThat(AttachmentType.of(SampleFiles.office(SampleFiles.PPTX_MAIN))).as("PowerPoint is not accepted").isEmpty();
        assertThat(AttachmentType.of(SampleFiles.zip("[Content_Types].xml", "_rels/.rels", SampleFiles.DOCX_MAIN)))
                .as("the main part present but not declared in [Content_Types].xml").isEmpty();
        assertThat(AttachmentType.of(SampleFiles.zip("_rels/.rels", SampleFiles.DOCX_MAIN))).as("no [Content_Types].xml").isEmpty();
        assertThat(AttachmentType.of(new byte[] { 'P', 'K', 3, 4, 0, 0 })).as("a broken ZIP").isEmpty();
        assertThat(AttachmentType.of("%PD".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    @Test
    void aMagicNumberAloneIsNoFile() {
        assertThat(AttachmentType.of(SampleFiles.fakePng())).as("the 8-byte PNG signature").isEmpty();
        byte[] png = SampleFiles.png();
        assertThat(AttachmentType.of(Arrays.copyOf(png, png.length - 12))).as("a PNG cut before IEND").isEmpty();
        byte[] corrupted = png.clone();
        corrupted[20] ^= 0x01; // inside IHDR: its CRC no longer matches
        assertThat(AttachmentType.of(corrupted)).as("a PNG whose IHDR is corrupted").isEmpty();
        assertThat(AttachmentType.of(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0 }))
                .as("a JPEG header without frame, scan or EOI").isEmpty();
        byte[] jpeg = SampleFiles.jpeg();
        assertThat(AttachmentType.of(Arrays.copyOf(jpeg, jpeg.length - 2))).as("a JPEG without its EOI marker").isEmpty();
        assertThat(AttachmentType.of("%PDF-1.4\n1 0 obj << >> endobj\n".getBytes(StandardCharsets.US_ASCII)))
                .as("a PDF header without startxref and %%EOF").isEmpty();
        assertThat(AttachmentType.of("GIF89a....".getBytes(StandardCharsets.US_ASCII))).as("a GIF signature alone").isEmpty();
        assertThat(AttachmentType.of("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII))).as("a WebP header alone").isEmpty();
    }

    /** A 1x1 GIF89a: header, screen descriptor, image descriptor, data, trailer. */
    static byte[] gif() {
        return new byte[] { 'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, 0, 0, 0, 0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, 0x3B };
    }

    /** A WebP container whose RIFF size is its own. */
    static byte[] webp() {
        byte[] file = new byte[30];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, file, 0, 4);
        file[4] = (byte) (file.length - 8);
        System.arraycopy("WEBPVP8L".getBytes(StandardCharsets.US_ASCII), 0, file, 8, 8);
        return file;
    }
}

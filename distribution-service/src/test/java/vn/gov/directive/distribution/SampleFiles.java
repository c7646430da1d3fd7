package vn.gov.directive.distribution;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/** Small files of each kind, built in the test: what matters is their content, not their name. */
public final class SampleFiles {

    public static final String DOCX_MAIN = "word/document.xml";
    public static final String XLSX_MAIN = "xl/workbook.xml";
    public static final String PPTX_MAIN = "ppt/presentation.xml";

    private SampleFiles() {
    }

    /** A minimal well-formed PDF: header, one object, cross-reference offset and end marker. */
    public static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\nstartxref\n9\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** {@code size} bytes that are a PDF: the header at the start, the trailer at the end. */
    public static byte[] pdfOf(int size) {
        byte[] pdf = pdf();
        byte[] file = new byte[size];
        System.arraycopy(pdf, 0, file, 0, pdf.length);
        byte[] tail = "\nstartxref\n9\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(tail, 0, file, size - tail.length, tail.length);
        return file;
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpeg");
    }

    /** Only the 8-byte PNG signature: a fake image the upload once accepted twenty times. */
    public static byte[] fakePng() {
        return new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    }

    /** A Windows executable (MZ header). */
    public static byte[] exe() {
        return new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 };
    }

    /** An OOXML package whose main part is {@code mainPart}, declared in [Content_Types].xml as Office declares it. */
    public static byte[] office(String mainPart) {
        String type = switch (mainPart) {
            case DOCX_MAIN -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
            case XLSX_MAIN -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
            default -> "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml";
        };
        String contentTypes = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Override PartName=\"/" + mainPart + "\" ContentType=\"" + type + "\"/></Types>";
        return zipOf(new String[] { "[Content_Types].xml", "_rels/.rels", mainPart },
                new String[] { contentTypes, "<?xml version=\"1.0\"?><Relationships/>", "<?xml version=\"1.0\"?><x>" + "Báo cáo. ".repeat(200) + "</x>" });
    }

    public static byte[] zip(String... entries) {
        String[] contents = new String[entries.length];
        java.util.Arrays.fill(contents, "<?xml version=\"1.0\"?><x/>");
        return zipOf(entries, contents);
    }

    private static byte[] zipOf(String[] entries, String[] contents) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < entries.length; i++) {
                zip.putNextEntry(new ZipEntry(entries[i]));
                zip.write(contents[i].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A ZIP bomb shaped like a DOCX: [Content_Types].xml, then word/document.xml whose deflate
     * stream inflates to {@code mebibytes} MiB of zeros (4096: about 4 MB that inflate to 4 GiB).
     * Built without deflating gigabytes: one sync-flushed block of 1 MiB of zeros, whose matches
     * only reach back into zeros, is repeated. The entry's sizes and CRC are left to a data
     * descriptor that never comes (a reader stops long before).
     */
    public static byte[] zipBomb(int mebibytes) {
        byte[] zeros = new byte[1 << 20];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] first = flushed(deflater, zeros);
        byte[] repeated = flushed(deflater, zeros);
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        byte[] contentTypes = office(DOCX_MAIN);
        // the genuine [Content_Types].xml entry first (its local header and data), without the central directory
        bomb.write(contentTypes, 0, localEntryLength(contentTypes));
        byte[] name = DOCX_MAIN.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer header = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(0x04034b50).putShort((short) 20).putShort((short) 0x0008).putShort((short) Deflater.DEFLATED)
                .putShort((short) 0).putShort((short) 0).putInt(0).putInt(0).putInt(0)
                .putShort((short) name.length).putShort((short) 0);
        bomb.write(header.array(), 0, 30);
        bomb.write(name, 0, name.length);
        bomb.write(first, 0, first.length);
        for (int i = 1; i < mebibytes; i++) {
            bomb.write(repeated, 0, repeated.length);
        }
        return bomb.toByteArray();
    }

    private static byte[] flushed(Deflater deflater, byte[] input) {
        deflater.setInput(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH)) > 0) {
            out.write(buffer, 0, n);
            if (n < buffer.length && deflater.needsInput()) {
                break;
            }
        }
        return out.toByteArray();
    }

    /** The length of a package's first local entry (header, name, extra, data) as ZipOutputStream wrote it. */
    private static int localEntryLength(byte[] zip) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int nameLength = b.getShort(26) & 0xFFFF;
        int extraLength = b.getShort(28) & 0xFFFF;
        // ZipOutputStream puts sizes in a data descriptor (flag 8) after the data: find the next local header
        int at = 30 + nameLength + extraLength;
        while (b.getInt(at) != 0x04034b50) {
            at++;
        }
        return at;
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xDA251D); // one red pixel
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

package vn.gov.directive.distribution.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file a report may carry, recognised by their content (magic bytes), never by
 * their name: a renamed executable is no PDF, eight bytes of PNG signature are no image. DOCX
 * and XLSX are both ZIP packages; the parts inside (word/ or xl/) tell them apart.
 */
public enum AttachmentType {
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PNG("image/png"),
    JPEG("image/jpeg"),
    GIF("image/gif"),
    WEBP("image/webp");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
    private static final byte[] GIF87 = "GIF87a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GIF89 = "GIF89a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP_TAG = "WEBP".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

    private final String mediaType;

    AttachmentType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /**
     * The type the content is, checked deeper than its magic number (FileStructure, OfficePackage);
     * empty when it is none of them. An Office package that inflates past its limits is 413.
     */
    public static Optional<AttachmentType> of(byte[] content) {
        if (startsWith(content, 0, PDF_MAGIC)) {
            return when(FileStructure.pdf(content), PDF);
        }
        if (startsWith(content, 0, PNG_MAGIC)) {
            return when(FileStructure.png(content), PNG);
        }
        if (startsWith(content, 0, JPEG_MAGIC)) {
            return when(FileStructure.jpeg(content), JPEG);
        }
        if (startsWith(content, 0, GIF87) || startsWith(content, 0, GIF89)) {
            return when(FileStructure.gif(content), GIF);
        }
        if (startsWith(content, 0, RIFF) && startsWith(content, 8, WEBP_TAG)) {
            return when(FileStructure.webp(content), WEBP);
        }
        if (startsWith(content, 0, ZIP_MAGIC)) {
            return OfficePackage.inspect(content);
        }
        return Optional.empty();
    }

    private static Optional<AttachmentType> when(boolean whole, AttachmentType type) {
        return whole ? Optional.of(type) : Optional.empty();
    }

    private static boolean startsWith(byte[] content, int offset, byte[] magic) {
        return content.length >= offset + magic.length
                && Arrays.equals(content, offset, offset + magic.length, magic, 0, magic.length);
    }
}

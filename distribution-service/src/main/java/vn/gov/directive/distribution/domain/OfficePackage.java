package vn.gov.directive.distribution.domain;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import vn.gov.directive.common.problem.Problem;
import vn.gov.directive.common.problem.ProblemException;

/**
 * An OOXML package (DOCX, XLSX) read as a stream, every entry inflated under two limits checked
 * as the bytes come: at most {@value #MAX_INFLATED_BYTES} bytes in all, and at most
 * {@value #MAX_RATIO} inflated bytes per compressed byte read (past the first MiB). So a ZIP bomb
 * (4 MB that would become 4 GiB) is refused after a few MB of inflation, in milliseconds, and no
 * reader of the stored file is handed one. The structure must be an Office file's:
 * [Content_Types].xml declaring the main part, and that part (word/document.xml or xl/workbook.xml).
 */
public final class OfficePackage {

    public static final long MAX_INFLATED_BYTES = 100L * 1024 * 1024;
    public static final int MAX_RATIO = 100;
    static final long RATIO_GRACE_BYTES = 1024 * 1024;
    static final int MAX_ENTRIES = 1000;
    private static final int MAX_CONTENT_TYPES_BYTES = 1024 * 1024;

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String DOCX_MAIN = "word/document.xml";
    private static final String XLSX_MAIN = "xl/workbook.xml";
    private static final String DOCX_MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String DOCX_MACRO_TYPE = "application/vnd.ms-word.document.macroEnabled.main+xml";
    private static final String XLSX_MAIN_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    private OfficePackage() {
    }

    /** DOCX or XLSX when the package is one; empty when it is another ZIP or broken; 413 when it inflates past a limit. */
    public static Optional<AttachmentType> inspect(byte[] content) {
        CountingStream compressed = new CountingStream(new ByteArrayInputStream(content));
        boolean document = false;
        boolean workbook = false;
        String contentTypes = null;
        long inflated = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(compressed)) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw refused("it has more than " + MAX_ENTRIES + " entries");
                }
                String name = entry.getName();
                document |= name.equals(DOCX_MAIN);
                workbook |= name.equals(XLSX_MAIN);
                boolean keep = name.equals(CONTENT_TYPES);
                StringBuilder kept = keep ? new StringBuilder() : null;
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    inflated += read;
                    checkLimits(inflated, compressed.count);
                    if (keep) {
                        if (kept.length() + read > MAX_CONTENT_TYPES_BYTES) {
                            return Optional.empty();
                        }
                        kept.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                    }
                }
                if (keep) {
                    contentTypes = kept.toString();
                }
            }
        } catch (IOException | IllegalArgumentException notAZip) {
            return Optional.empty();
        }
        if (contentTypes == null) {
            return Optional.empty();
        }
        if (document && (contentTypes.contains(DOCX_MAIN_TYPE) || contentTypes.contains(DOCX_MACRO_TYPE)) && !workbook) {
            return Optional.of(AttachmentType.DOCX);
        }
        if (workbook && contentTypes.contains(XLSX_MAIN_TYPE) && !document) {
            return Optional.of(AttachmentType.XLSX);
        }
        return Optional.empty();
    }

    static void checkLimits(long inflated, long compressedRead) {
        if (inflated > MAX_INFLATED_BYTES) {
            throw refused("it inflates to more than " + MAX_INFLATED_BYTES + " bytes");
        }
        if (inflated > RATIO_GRACE_BYTES && inflated > MAX_RATIO * Math.max(compressedRead, 1)) {
            throw refused("it inflates more than " + MAX_RATIO + " times (" + inflated + " bytes from " + compressedRead + ")");
        }
    }

    private static ProblemException refused(String why) {
        return new ProblemException(Problem.of(413, "office-package-too-large", "Content Too Large",
                "The Office file is refused: " + why + "; at most " + MAX_INFLATED_BYTES + " bytes inflated, at most "
                        + MAX_RATIO + " times its compressed size"));
    }

    /** How many compressed bytes the ZIP reader has taken so far. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}

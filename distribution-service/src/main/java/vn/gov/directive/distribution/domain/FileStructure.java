package vn.gov.directive.distribution.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * Cheap checks, deeper than the magic number, that a file is whole: a PNG is a chain of chunks
 * from IHDR to IEND (each header's CRC right), a JPEG runs from SOI to EOI through a frame
 * header, a PDF ends with startxref and %%EOF, a GIF has its screen descriptor and trailer, a
 * WebP's RIFF size is the file's. No decoding: a forger can still build a valid empty image,
 * but no longer pass off eight bytes or a renamed file.
 */
final class FileStructure {

    private static final byte[] IHDR = ascii("IHDR");
    private static final byte[] IDAT = ascii("IDAT");
    private static final byte[] IEND = ascii("IEND");
    /** Where the end of a PDF is looked for: its trailer is near the end, within a kilobyte by the spec's implementation notes. */
    private static final int PDF_TAIL = 1024;

    private FileStructure() {
    }

    static boolean png(byte[] file) {
        int at = 8;
        boolean first = true;
        boolean data = false;
        while (at + 12 <= file.length) {
            long length = ByteBuffer.wrap(file, at, 4).getInt() & 0xFFFFFFFFL;
            if (length > file.length - at - 12) {
                return false;
            }
            int type = at + 4;
            if (first && (!same(file, type, IHDR) || length != 13 || !crcRight(file, type, (int) length) || !dimensions(file, at + 8))) {
                return false;
            }
            first = false;
            data |= same(file, type, IDAT);
            at += 12 + (int) length;
            if (same(file, type, IEND)) {
                return length == 0 && data && at == file.length;
            }
        }
        return false;
    }

    static boolean jpeg(byte[] file) {
        int end = file.length;
        if (end < 4 || (file[end - 2] & 0xFF) != 0xFF || (file[end - 1] & 0xFF) != 0xD9) {
            return false;
        }
        // The segments after SOI up to the start of scan, which must follow a frame header (SOF0..SOF15 but DHT, JPG, DAC).
        int at = 2;
        boolean frame = false;
        while (at + 4 <= file.length && (file[at] & 0xFF) == 0xFF) {
            int marker = file[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++;
                continue;
            }
            int length = ((file[at + 2] & 0xFF) << 8) | (file[at + 3] & 0xFF);
            if (length < 2) {
                return false;
            }
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                frame = true;
            }
            if (marker == 0xDA) {
                return frame && at + 2 + length < end - 2;
            }
            at += 2 + length;
        }
        return false;
    }

    static boolean pdf(byte[] file) {
        int from = Math.max(0, file.length - PDF_TAIL);
        String tail = new String(file, from, file.length - from, StandardCharsets.ISO_8859_1);
        int eof = tail.lastIndexOf("%%EOF");
        return file.length > 16 && eof >= 0 && tail.substring(eof + 5).isBlank() && tail.lastIndexOf("startxref") >= 0
                && tail.lastIndexOf("startxref") < eof;
    }

    static boolean gif(byte[] file) {
        return file.length >= 14 && file[file.length - 1] == 0x3B
                && ((file[6] & 0xFF) | (file[7] & 0xFF) << 8) > 0 && ((file[8] & 0xFF) | (file[9] & 0xFF) << 8) > 0;
    }

    static boolean webp(byte[] file) {
        if (file.length < 20) {
            return false;
        }
        long riffSize = (file[4] & 0xFFL) | (file[5] & 0xFFL) << 8 | (file[6] & 0xFFL) << 16 | (file[7] & 0xFFL) << 24;
        String chunk = new String(file, 12, 4, StandardCharsets.US_ASCII);
        return riffSize == file.length - 8 && (chunk.equals("VP8 ") || chunk.equals("VP8L") || chunk.equals("VP8X"));
    }

    private static boolean dimensions(byte[] file, int ihdrData) {
        ByteBuffer header = ByteBuffer.wrap(file, ihdrData, 13);
        int width = header.getInt();
        int height = header.getInt();
        return width > 0 && height > 0;
    }

    private static boolean crcRight(byte[] file, int type, int length) {
        CRC32 crc = new CRC32();
        crc.update(file, type, 4 + length);
        long stored = ByteBuffer.wrap(file, type + 4 + length, 4).getInt() & 0xFFFFFFFFL;
        return crc.getValue() == stored;
    }

    private static boolean same(byte[] file, int at, byte[] tag) {
        return Arrays.equals(file, at, at + tag.length, tag, 0, tag.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}

package vn.gov.directive.notification;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The decoded text parts of a raw MIME message, to check what a unit reads. */
public final class MimeParts {

    public record Part(String contentType, String text) {
    }

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";\\r\\n]+)\"?", Pattern.CASE_INSENSITIVE);

    private MimeParts() {
    }

    public static List<Part> of(String mime) {
        List<Part> parts = new ArrayList<>();
        collect(mime.replace("\r\n", "\n"), parts);
        return parts;
    }

    public static String headers(String mime) {
        String text = mime.replace("\r\n", "\n");
        int end = text.indexOf("\n\n");
        return end < 0 ? text : text.substring(0, end);
    }

    /** One header of the message itself (unfolded); empty when it has none. */
    public static String header(String mime, String name) {
        return headerIn(headers(mime).replaceAll("\n[ \t]+", " "), name);
    }

    private static void collect(String entity, List<Part> parts) {
        int split = entity.indexOf("\n\n");
        String headers = split < 0 ? entity : entity.substring(0, split);
        String body = split < 0 ? "" : entity.substring(split + 2);
        String unfolded = headers.replaceAll("\n[ \t]+", " ");
        String contentType = headerIn(unfolded, "Content-Type");
        if (contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            Matcher boundary = BOUNDARY.matcher(contentType);
            if (!boundary.find()) {
                return;
            }
            String[] pieces = body.split("(?m)^--" + Pattern.quote(boundary.group(1)) + "(--)?\\s*$");
            for (int i = 1; i < pieces.length; i++) {
                String piece = pieces[i].replaceFirst("^\n", "");
                if (!piece.isBlank()) {
                    collect(piece, parts);
                }
            }
            return;
        }
        parts.add(new Part(contentType, decode(headerIn(unfolded, "Content-Transfer-Encoding"), body)));
    }

    private static String headerIn(String headers, String name) {
        for (String line : headers.split("\n")) {
            if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                return line.substring(name.length() + 1).strip();
            }
        }
        return "";
    }

    private static String decode(String encoding, String body) {
        return switch (encoding.toLowerCase(Locale.ROOT)) {
            case "base64" -> new String(Base64.getMimeDecoder().decode(body.strip()), StandardCharsets.UTF_8);
            case "quoted-printable" -> quotedPrintable(body);
            default -> body;
        };
    }

    private static String quotedPrintable(String body) {
        String joined = body.replace("=\n", "");
        byte[] out = new byte[joined.length()];
        int n = 0;
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && i + 2 < joined.length()) {
                out[n++] = (byte) Integer.parseInt(joined.substring(i + 1, i + 3), 16);
                i += 2;
            } else {
                out[n++] = (byte) c;
            }
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }
}

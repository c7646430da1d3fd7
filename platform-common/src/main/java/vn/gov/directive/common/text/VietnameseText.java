package vn.gov.directive.common.text;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Vietnamese text as the platform stores and searches it: Unicode NFC whatever form it arrived
 * in (a decomposed "ế" from one keyboard must equal a composed one from another), and a folded
 * form without diacritics for searching ("tuyen truyen" finds "tuyên truyền").
 */
public final class VietnameseText {

    private VietnameseText() {
    }

    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    public static List<String> nfc(List<String> texts) {
        return texts == null ? null : texts.stream().map(VietnameseText::nfc).toList();
    }

    /** Lower case, diacritics removed, đ as d: the key that searches compare. */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}

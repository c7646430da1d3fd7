package vn.gov.directive.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void decomposedInputIsStoredComposed() {
        String decomposed = Normalizer.normalize("Tuyên truyền Đại hội", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Tuyên truyền Đại hội");

        assertThat(VietnameseText.nfc(decomposed)).isEqualTo("Tuyên truyền Đại hội");
    }

    @Test
    void foldingRemovesDiacriticsAndCase() {
        assertThat(VietnameseText.fold("Tuyên truyền Đại hội Đảng")).isEqualTo("tuyen truyen dai hoi dang");
        assertThat(VietnameseText.fold(Normalizer.normalize("Hỏa tốc", Normalizer.Form.NFD))).isEqualTo("hoa toc");
    }

    @Test
    void nullStaysNull() {
        assertThat(VietnameseText.nfc((String) null)).isNull();
        assertThat(VietnameseText.fold(null)).isNull();
    }
}

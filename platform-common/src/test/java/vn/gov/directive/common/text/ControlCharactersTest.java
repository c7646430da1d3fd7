package vn.gov.directive.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    @Test
    void vietnameseTextAndOrdinaryPunctuationPass() {
        assertThat(ControlCharacters.firstRefused("V/v tuyên truyền Ngày Quốc khánh 2/9 – \"Hạ Long\" (50%)", false)).isEmpty();
        assertThat(ControlCharacters.firstRefused(null, false)).isEmpty();
        assertThat(ControlCharacters.firstRefused("", false)).isEmpty();
    }

    @Test
    void aOneLineFieldRefusesLineBreaksTabsAndEveryOtherControl() {
        assertThat(ControlCharacters.firstRefused("V/v\r\nBcc: x", false)).hasValue('\r');
        assertThat(ControlCharacters.firstRefused("a\nb", false)).hasValue('\n');
        assertThat(ControlCharacters.firstRefused("a\tb", false)).hasValue('\t');
        assertThat(ControlCharacters.firstRefused("a\u0000b", false)).hasValue(0);
        assertThat(ControlCharacters.firstRefused("a\u007Fb", false)).hasValue(0x7F);
        assertThat(ControlCharacters.firstRefused("a\u0085b", false)).as("C1 next line").hasValue(0x85);
        assertThat(ControlCharacters.firstRefused("a\u2028b", false)).as("line separator").hasValue(0x2028);
        assertThat(ControlCharacters.firstRefused("UBND\u202Egnolah", false)).as("right-to-left override").hasValue(0x202E);
        assertThat(ControlCharacters.firstRefused("x\u2067y", false)).as("bidi isolate").hasValue(0x2067);
    }

    @Test
    void aMultiLineFieldKeepsLineBreaksAndTabsButRefusesTheRest() {
        assertThat(ControlCharacters.firstRefused("Kính gửi:\r\n\t- Các sở\n- UBND", true)).isEmpty();
        assertThat(ControlCharacters.firstRefused("a\u0007b", true)).hasValue(7);
        assertThat(ControlCharacters.firstRefused("a\u001Bb", true)).as("escape").hasValue(0x1B);
        assertThat(ControlCharacters.firstRefused("a\u202Db", true)).hasValue(0x202D);
        assertThat(ControlCharacters.name('\n')).isEqualTo("U+000A");
    }
}

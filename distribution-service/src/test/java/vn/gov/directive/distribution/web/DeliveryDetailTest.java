package vn.gov.directive.distribution.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeliveryDetailTest {

    @Test
    void aBodyIsSplitIntoParagraphsAtBlankLines() {
        assertThat(DeliveryDetail.paragraphs("Kính gửi:\n- Sở A;\n \n\nThời gian gần đây...\n\n  Trân trọng./. "))
                .containsExactly("Kính gửi:\n- Sở A;", "Thời gian gần đây...", "Trân trọng./.");
    }
}

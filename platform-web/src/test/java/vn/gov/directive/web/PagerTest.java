package vn.gov.directive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PagerTest {

    @Test
    void linksKeepTheListsQueryAndLeaveOutEmptyValues() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("q", "tuyên truyền");
        query.put("status", "");
        Pager pager = Pager.of("/clerk", query, 1, 45, 20);
        assertThat(pager.shown()).isEqualTo(2);
        assertThat(pager.pages()).isEqualTo(3);
        assertThat(pager.previous()).isEqualTo("/clerk?q=tuy%C3%AAn+truy%E1%BB%81n");
        assertThat(pager.next()).isEqualTo("/clerk?q=tuy%C3%AAn+truy%E1%BB%81n&page=2");
    }

    @Test
    void anEmptyListIsOnePageWithoutLinks() {
        Pager pager = Pager.of("/dashboard", Map.of(), 0, 0, 20);
        assertThat(pager.pages()).isEqualTo(1);
        assertThat(pager.previous()).isNull();
        assertThat(pager.next()).isNull();
    }
}

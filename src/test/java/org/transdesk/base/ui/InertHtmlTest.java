package org.transdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.Element;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inert text carries article and editor text into {@code innerHTML}: it must arrive as text, never as markup, however
 * hostile (a paragraph quoted in a finding, an engine's note in a title).
 */
class InertHtmlTest {

    static final String HOSTILE = "<img src=x onerror=alert(1)> & \"quotes\" 'single' </span><script>alert(2)</script>";

    @Test
    void text_and_attributes_are_escaped_so_the_browser_reads_them_as_text() {
        Element target = new Element("div");
        InertHtml.fill(target, List.of(InertHtml.span(HOSTILE, "qa-span").attr("title", HOSTILE)));

        String html = target.getProperty("innerHTML");
        assertThat(html).doesNotContain("<img").doesNotContain("<script").doesNotContain("</span><");
        var parsed = InertHtml.parsed(target);
        assertThat(parsed.select("img, script")).isEmpty();
        assertThat(parsed.select("span")).hasSize(1);
        assertThat(InertHtml.text(target, "qa-span")).isEqualTo(HOSTILE);
        assertThat(parsed.selectFirst("span").attr("title")).isEqualTo(HOSTILE);
    }

    @Test
    void pieces_follow_each_other_without_whitespace_added_between_them() {
        Element target = new Element("div");
        InertHtml.fill(target, List.of(InertHtml.span("Machine draft", "paragraph-status"), InertHtml.span("TM 100 %", "origin-badge")));

        assertThat(target.getProperty("innerHTML"))
                .isEqualTo("<span class=\"paragraph-status\">Machine draft</span><span class=\"origin-badge\">TM 100 %</span>");
    }
}

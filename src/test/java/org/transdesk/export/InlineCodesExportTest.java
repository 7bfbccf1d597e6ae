package org.transdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.transdesk.article.Article;
import org.transdesk.article.Output;
import org.transdesk.export.internal.DocxWriter;
import org.transdesk.export.internal.ExportContent;
import org.transdesk.export.internal.HtmlWriter;
import org.transdesk.export.internal.TmxWriter;
import org.transdesk.export.internal.XliffWriter;
import org.transdesk.inline.InlineCode;
import org.transdesk.review.ApprovedVersion;

/** A paragraph with bold, a link and a line break, restored by every format that carries formatting. */
class InlineCodesExportTest {

    static final Article ARTICLE = new Article(7, "asean-summit", "ASEAN summit", null, "en", 1, null, "rita", Instant.EPOCH,
            List.of("The ⟦1⟧ASEAN⟦/1⟧ summit, see ⟦2⟧the statement⟦/2⟧.⟦3/⟧Next line."));
    static final ApprovedVersion VERSION = new ApprovedVersion(70, 7, Output.RU, 1, 1, "rita", Instant.EPOCH, "h",
            ApprovedFixture.PROVENANCE, null, List.of("Саммит АСЕАН", "Саммит ⟦1⟧АСЕАН⟦/1⟧, см. ⟦2⟧заявление⟦/2⟧.⟦3/⟧Следующая строка."));
    static final ExportContent CONTENT = new ExportContent(ARTICLE, VERSION, "ru", Map.of(), Map.of(1, List.of(
            InlineCode.paired(1, InlineCode.Type.BOLD), InlineCode.link(2, "https://asean.org/s?a=1&b=2"),
            InlineCode.standalone(3, InlineCode.Type.LINE_BREAK))));

    @Test
    void xliff_2_has_pc_and_ph_with_the_original_markup_and_validates() throws Exception {
        for (String version : List.of("2.0", "2.1")) {
            byte[] xliff = XliffWriter.write(CONTENT, version);
            String xml = new String(xliff, StandardCharsets.UTF_8);

            assertThat(XliffSchemas.validate(version, xliff)).isEmpty();
            assertThat(xml).contains("<originalData><data id=\"d1\">&lt;b&gt;</data><data id=\"d1e\">&lt;/b&gt;</data>")
                    .contains("<target>Саммит <pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d1e\" type=\"fmt\" subType=\"xlf:b\">АСЕАН</pc>, см. "
                            + "<pc id=\"2\" dataRefStart=\"d2\" dataRefEnd=\"d2e\" type=\"link\">заявление</pc>."
                            + "<ph id=\"3\" dataRef=\"d3\" type=\"fmt\" subType=\"xlf:lb\"/>Следующая строка.</target>");
        }
    }

    @Test
    void xliff_1_2_has_g_and_x_and_validates() throws Exception {
        byte[] xliff = XliffWriter.write(CONTENT, "1.2");

        assertThat(XliffSchemas.validate("1.2", xliff)).isEmpty();
        assertThat(new String(xliff, StandardCharsets.UTF_8)).contains("<target state=\"final\">Саммит <g id=\"1\" ctype=\"bold\">АСЕАН</g>, см. "
                + "<g id=\"2\" ctype=\"link\">заявление</g>.<x id=\"3\" ctype=\"lb\"/>Следующая строка.</target>");
    }

    @Test
    void tmx_has_bpt_ept_and_ph_holding_the_original_markup() {
        String tmx = new String(TmxWriter.write(CONTENT), StandardCharsets.UTF_8);

        assertThat(tmx).contains("<seg>Саммит <bpt i=\"1\" type=\"bold\">&lt;b&gt;</bpt>АСЕАН<ept i=\"1\">&lt;/b&gt;</ept>, см. "
                + "<bpt i=\"2\" type=\"link\">&lt;a href=\"https://asean.org/s?a=1&amp;amp;b=2\"&gt;</bpt>заявление<ept i=\"2\">&lt;/a&gt;</ept>."
                + "<ph x=\"3\" type=\"struct\">&lt;br&gt;</ph>Следующая строка.</seg>");
    }

    @Test
    void html_restores_bold_links_and_breaks_with_everything_else_escaped() {
        String html = new String(HtmlWriter.write(CONTENT), StandardCharsets.UTF_8);

        assertThat(html).contains("<p>Саммит <b>АСЕАН</b>, см. <a href=\"https://asean.org/s?a=1&amp;b=2\">заявление</a>.<br>Следующая строка.</p>");
    }

    @Test
    void docx_restores_bold_runs_hyperlinks_and_breaks() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxWriter.write(CONTENT)))) {
            XWPFParagraph paragraph = doc.getParagraphs().get(1);
            assertThat(paragraph.getText()).startsWith("Саммит АСЕАН, см. заявление.");
            XWPFRun bold = paragraph.getRuns().stream().filter(r -> "АСЕАН".equals(r.text())).findFirst().orElseThrow();
            assertThat(bold.isBold()).isTrue();
            assertThat(paragraph.getRuns()).filteredOn(r -> r instanceof XWPFHyperlinkRun).singleElement()
                    .satisfies(r -> assertThat(((XWPFHyperlinkRun) r).getHyperlink(doc).getURL()).isEqualTo("https://asean.org/s?a=1&b=2"));
        }
    }

    @Test
    void a_translation_with_broken_tags_is_written_as_plain_words_never_as_invalid_markup() throws Exception {
        ApprovedVersion broken = new ApprovedVersion(71, 7, Output.RU, 2, 1, "rita", Instant.EPOCH, "h", ApprovedFixture.PROVENANCE,
                "overridden", List.of("Саммит", "Саммит ⟦/1⟧АСЕАН⟦1⟧ ⟦2⟧заявление⟦/2⟧.⟦3/⟧"));
        ExportContent content = new ExportContent(ARTICLE, broken, "ru", Map.of(), CONTENT.codes());

        byte[] xliff = XliffWriter.write(content, "2.0");

        assertThat(XliffSchemas.validate("2.0", xliff)).isEmpty();
        assertThat(new String(xliff, StandardCharsets.UTF_8)).contains("<target>Саммит АСЕАН заявление.</target>");
    }
}

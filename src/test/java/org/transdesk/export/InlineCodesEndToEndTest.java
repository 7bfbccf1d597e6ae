package org.transdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.DraftingService;
import org.transdesk.support.IntegrationTest;

/**
 * Issue #12, inline codes end to end: an HTML article with {@code <b>ASEAN</b>} and a link,
 * translated keeping the placeholders, is exported as HTML, Word, Markdown and plain text with the
 * formatting restored (or, in plain text, dropped cleanly). Before, the import kept the words only
 * and every export lost the bold and the link.
 */
@IntegrationTest
@WithMockUser(username = "vera", roles = {"EDITOR", "REVIEWER"})
class InlineCodesEndToEndTest {

    static final String HTML = """
            <html><body><article><h1>Summit in Hanoi</h1>
            <p>Leaders of <b>ASEAN</b> met, see <a href="https://asean.org/s?a=1&amp;b=2">the statement</a>.</p>
            <p>No formatting here.</p></article></body></html>""";

    @Autowired ArticleService articles;
    @Autowired DraftingService drafting;
    @Autowired ApprovalService approval;
    @Autowired ExportService exports;

    Article importedAndTranslated(String slugHint) {
        Article article = articles.importFile(slugHint + ".html", HTML.getBytes(StandardCharsets.UTF_8));
        assertThat(article.paragraphs().getFirst()).isEqualTo("Leaders of ⟦1⟧ASEAN⟦/1⟧ met, see ⟦2⟧the statement⟦/2⟧.");
        ApprovedFixture.approve(articles, drafting, approval, article, Output.RU,
                List.of("Саммит в Ханое", "Лидеры ⟦1⟧АСЕАН⟦/1⟧ встретились, см. ⟦2⟧заявление⟦/2⟧.", "Здесь нет форматирования."));
        return article;
    }

    @Test
    void html_imported_with_bold_asean_keeps_the_bold_and_the_link_in_the_html_translation() {
        Article article = importedAndTranslated("html-bold");

        String html = new String(exports.export(article.id(), Output.RU, ExportFormat.HTML).content(), StandardCharsets.UTF_8);

        assertThat(html).contains("<p>Лидеры <b>АСЕАН</b> встретились, см. <a href=\"https://asean.org/s?a=1&amp;b=2\">заявление</a>.</p>")
                .contains("<p>Здесь нет форматирования.</p>").doesNotContain("⟦");
    }

    @Test
    void html_imported_with_bold_asean_keeps_the_bold_and_the_link_in_the_word_translation() throws Exception {
        Article article = importedAndTranslated("docx-bold");

        byte[] docx = exports.export(article.id(), Output.RU, ExportFormat.DOCX).content();

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFParagraph p = doc.getParagraphs().get(1);
            assertThat(p.getText()).isEqualTo("Лидеры АСЕАН встретились, см. заявление.");
            XWPFRun bold = p.getRuns().stream().filter(r -> "АСЕАН".equals(r.text())).findFirst().orElseThrow();
            assertThat(bold.isBold()).isTrue();
            assertThat(p.getRuns()).filteredOn(r -> r instanceof XWPFHyperlinkRun).singleElement()
                    .satisfies(r -> assertThat(((XWPFHyperlinkRun) r).getHyperlink(doc).getURL()).isEqualTo("https://asean.org/s?a=1&b=2"));
        }
    }

    @Test
    void html_imported_with_bold_asean_keeps_the_bold_and_the_link_in_markdown_and_plain_text_has_no_placeholders() {
        Article article = importedAndTranslated("md-bold");

        String md = new String(exports.export(article.id(), Output.RU, ExportFormat.MARKDOWN).content(), StandardCharsets.UTF_8);
        String txt = new String(exports.export(article.id(), Output.RU, ExportFormat.TEXT).content(), StandardCharsets.UTF_8);

        assertThat(md).contains("Лидеры **АСЕАН** встретились, см. [заявление](https://asean.org/s?a=1&b=2).").doesNotContain("⟦");
        assertThat(txt).contains("Лидеры АСЕАН встретились, см. заявление.").doesNotContain("⟦");
    }
}

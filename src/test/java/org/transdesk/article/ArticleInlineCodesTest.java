package org.transdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.inline.InlineCode;
import org.transdesk.inline.TaggedText;

/**
 * Issue #12, inline codes: an article imported from HTML, Word or Markdown keeps its bold, italic
 * and links (with their addresses) as numbered placeholders and a code table, stored with the
 * paragraph and read back; plain text imports stay plain. Before, every reader kept the words only.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:import-inline;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false"})
@WithMockUser(username = "ed", roles = "EDITOR")
class ArticleInlineCodesTest {

    @Autowired
    ArticleService articles;

    @Test
    void html_bold_italic_and_links_become_codes_stored_with_the_paragraph() {
        String html = """
                <html><body><article><h1>ASEAN <b>summit</b></h1>
                <p>Leaders of <b>ASEAN</b> met in <i>Hanoi</i>; read
                   <a href="https://asean.org/s?a=1&amp;b=2&#1;">the <strong>joint</strong> statement</a>.<br>Next line.</p>
                <p>Plain <span>words</span> stay plain, <a href="javascript:alert(1)">unsafe links</a> too.</p>
                <p>Text with ⟦1⟧ brackets and <b> </b>empty bold.</p>
                </article></body></html>""";

        Article imported = articles.importFile("page.html", html.getBytes(StandardCharsets.UTF_8));
        Article a = articles.get(imported.id());

        assertThat(a.title()).isEqualTo("ASEAN summit");
        assertThat(a.paragraphs().getFirst()).isEqualTo(
                "Leaders of ⟦1⟧ASEAN⟦/1⟧ met in ⟦2⟧Hanoi⟦/2⟧; read ⟦3⟧the ⟦4⟧joint⟦/4⟧ statement⟦/3⟧.⟦5/⟧Next line.");
        assertThat(a.segmentCodes(1)).containsExactly(InlineCode.paired(1, InlineCode.Type.BOLD), InlineCode.paired(2, InlineCode.Type.ITALIC),
                InlineCode.link(3, "https://asean.org/s?a=1&b=2"), InlineCode.paired(4, InlineCode.Type.BOLD),
                InlineCode.standalone(5, InlineCode.Type.LINE_BREAK));
        assertThat(a.tagged(1).plainText()).isEqualTo("Leaders of ASEAN met in Hanoi; read the joint statement.Next line.");
        assertThat(a.paragraphs().get(1)).isEqualTo("Plain words stay plain, unsafe links too.");
        assertThat(a.segmentCodes(2)).isEmpty();
        assertThat(a.paragraphs().get(2)).isEqualTo("Text with 〚1〛 brackets and empty bold.");
        assertThat(a.segmentCodes(0)).isEmpty();
    }

    @Test
    void word_bold_italic_runs_and_hyperlinks_become_codes() throws IOException {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setStyle("Title");
            title.createRun().setText("ASEAN summit");
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("Leaders of ");
            var bold = p.createRun();
            bold.setText("ASEAN");
            bold.setBold(true);
            p.createRun().setText(" met; ");
            var italic = p.createRun();
            italic.setText("read ");
            italic.setItalic(true);
            p.createHyperlinkRun("https://asean.org/statement").setText("the statement");
            p.createRun().setText(".");
            doc.createParagraph().createRun().setText("A plain paragraph.");
            doc.write(out);
            docx = out.toByteArray();
        }

        Article a = articles.get(articles.importFile("story.docx", docx).id());

        assertThat(a.title()).isEqualTo("ASEAN summit");
        assertThat(a.paragraphs()).containsExactly("Leaders of ⟦1⟧ASEAN⟦/1⟧ met; ⟦2⟧read⟦/2⟧ ⟦3⟧the statement⟦/3⟧.", "A plain paragraph.");
        assertThat(a.segmentCodes(1)).containsExactly(InlineCode.paired(1, InlineCode.Type.BOLD), InlineCode.paired(2, InlineCode.Type.ITALIC),
                InlineCode.link(3, "https://asean.org/statement"));
        assertThat(a.segmentCodes(2)).isEmpty();
    }

    @Test
    void markdown_emphasis_and_links_become_codes_and_plain_text_stays_plain() {
        String md = """
                # ASEAN *summit*

                Leaders of **ASEAN** met in _Hanoi_, see [the statement](https://asean.org/s).
                """;

        Article fromMarkdown = articles.get(articles.importFile("story.md", md.getBytes(StandardCharsets.UTF_8)).id());
        Article fromText = articles.get(articles.importText("ASEAN summit\nLeaders of ⟦1⟧ASEAN⟦/1⟧ met, **as written**.").id());

        assertThat(fromMarkdown.title()).isEqualTo("ASEAN summit");
        assertThat(fromMarkdown.paragraphs()).containsExactly("Leaders of ⟦1⟧ASEAN⟦/1⟧ met in ⟦2⟧Hanoi⟦/2⟧, see ⟦3⟧the statement⟦/3⟧.");
        assertThat(fromMarkdown.segmentCodes(1)).containsExactly(InlineCode.paired(1, InlineCode.Type.BOLD),
                InlineCode.paired(2, InlineCode.Type.ITALIC), InlineCode.link(3, "https://asean.org/s"));
        assertThat(fromText.paragraphs()).containsExactly("Leaders of ⟦1⟧ASEAN⟦/1⟧ met, **as written**.");
        assertThat(fromText.hasCodes()).isFalse();
        assertThat(new TaggedText(fromText.paragraphs().getFirst(), fromText.segmentCodes(1)).plainText())
                .isEqualTo("Leaders of ⟦1⟧ASEAN⟦/1⟧ met, **as written**.");
    }
}

package org.transdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** Importing each file format, and a hostile file per format that is refused without storing anything. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:import-formats;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false"})
@WithMockUser(username = "ed", roles = "EDITOR")
class ArticleImportFormatsTest {

    static final String HTML = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>Site | ASEAN and Russia</title>
            <style>p { color: red }</style><script>var secret = "tracking";</script></head>
            <body><header><nav><a href="/">Home</a></nav></header>
            <article><h1>ASEAN and Russia mark 30 years</h1><time datetime="2021-04-15T08:00:00Z">15 April</time>
            <p>Both sides pledged <b>closer</b> cooperation.</p><script>document.write("injected")</script>
            <ul><li><p>Trade grew.</p></li><li>Tourism recovered.</li></ul>
            <p>The programmes narrow the gap.</p></article>
            <aside>Related: celebrity news</aside><footer>© Newsroom</footer></body></html>""";

    @Autowired
    ArticleService articles;

    private int stored() {
        return articles.list(null).size();
    }

    @Test
    void htmlKeepsTheMainTextAndDropsScriptsStylesAndChrome() {
        Article a = articles.importFile("page.html", HTML.getBytes(StandardCharsets.UTF_8));

        assertThat(a.title()).isEqualTo("ASEAN and Russia mark 30 years");
        assertThat(a.publishedOn()).isEqualTo(LocalDate.of(2021, 4, 15));
        // the bold stays as an inline code (issue #12); the words are the same
        assertThat(a.paragraphs()).containsExactly("Both sides pledged ⟦1⟧closer⟦/1⟧ cooperation.", "Trade grew.", "Tourism recovered.",
                "The programmes narrow the gap.");
        assertThat(a.plainParagraphs()).containsExactly("Both sides pledged closer cooperation.", "Trade grew.", "Tourism recovered.",
                "The programmes narrow the gap.");
    }

    @Test
    void markdownBecomesParagraphsWithoutMarkupOrRawHtml() {
        String md = """
                date 2021-04-15 ASEAN and Russia
                Both sides pledged **closer** [cooperation](https://example.org).

                <script>alert("x")</script>

                - Trade grew.
                - Tourism `recovered`.

                ```
                code is not article text
                ```
                """;

        Article a = articles.importFile("story.md", md.getBytes(StandardCharsets.UTF_8));

        assertThat(a.title()).isEqualTo("ASEAN and Russia");
        // emphasis and links are inline codes (issue #12); no Markdown markup, raw HTML or code block is left
        assertThat(a.paragraphs()).containsExactly("Both sides pledged ⟦1⟧closer⟦/1⟧ ⟦2⟧cooperation⟦/2⟧.", "Trade grew.", "Tourism recovered.");
        assertThat(a.plainParagraphs()).containsExactly("Both sides pledged closer cooperation.", "Trade grew.", "Tourism recovered.");
    }

    @Test
    void docxTakesTheTitleStyleAsHeadlineAndKeepsEveryOtherParagraph() throws IOException {
        Article a = articles.importFile("story.docx", docx("ASEAN and Russia", "Both sides pledged cooperation.", "Trade grew."));

        assertThat(a.title()).isEqualTo("ASEAN and Russia");
        // the byline above the title is text too: nothing is dropped silently
        assertThat(a.paragraphs()).containsExactly("Staff reporter", "Both sides pledged cooperation.", "Trade grew.");
    }

    @Test
    void aZipImportsEveryArticleInIt() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("one.txt", "First story\nA paragraph.".getBytes(StandardCharsets.UTF_8));
        files.put("folder/two.html", HTML.getBytes(StandardCharsets.UTF_8));
        files.put("three.docx", docx("Third story", "Its paragraph."));
        files.put("__MACOSX/._one.txt", new byte[] {0, 1, 2});

        List<Article> imported = articles.importFiles("batch.zip", zip(files));

        assertThat(imported).extracting(Article::title).containsExactly("First story", "ASEAN and Russia mark 30 years", "Third story");
        assertThat(imported).extracting(Article::fileName).containsExactly("one.txt", "two.html", "three.docx");
    }

    @Test
    void hostileFilesAreRefusedAndNothingIsStored() throws IOException {
        int before = stored();
        byte[] zeros = new byte[3 * 1024 * 1024];

        assertThatThrownBy(() -> articles.importFile("page.html", "<html><script>x</script></html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ArticleImportException.class).hasMessageContaining("no readable text");
        assertThatThrownBy(() -> articles.importFile("story.md", new byte[] {'#', ' ', (byte) 0xC3, (byte) 0x28}))
                .isInstanceOf(ArticleImportException.class).hasMessageContaining("not valid UTF-8");
        assertThatThrownBy(() -> articles.importFile("story.docx", "not a word file".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ArticleImportException.class);
        assertThatThrownBy(() -> articles.importFile("bomb.docx", zip(Map.of("word/document.xml", new byte[30 * 1024 * 1024]))))
                .isInstanceOf(ArticleImportException.class).hasMessageContaining("zip bomb");
        assertThatThrownBy(() -> articles.importFiles("bomb.zip", zip(Map.of("big.txt", zeros))))
                .isInstanceOf(ArticleImportException.class).hasMessageContaining("zip bomb");
        assertThatThrownBy(() -> articles.importFiles("nested.zip", zip(Map.of("inner.zip", zip(Map.of("a.txt", "T\nP".getBytes()))))))
                .isInstanceOf(ArticleImportException.class).hasMessageContaining("archives inside archives");
        assertThatThrownBy(() -> articles.importFiles("mixed.zip", zip(Map.of("good.txt", "Good\nParagraph.".getBytes(), "bad.pdf", new byte[] {1}))))
                .isInstanceOf(ArticleImportException.class).hasMessageContaining("Nothing was imported");
        assertThatThrownBy(() -> articles.importFiles("junk.zip", "PK no zip".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ArticleImportException.class);
        assertThat(stored()).isEqualTo(before);
    }

    static byte[] docx(String title, String... paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Staff reporter");
            var heading = doc.createParagraph();
            heading.setStyle("Title");
            heading.createRun().setText(title);
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}

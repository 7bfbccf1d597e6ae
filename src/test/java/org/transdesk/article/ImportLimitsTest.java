package org.transdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.support.IntegrationTest;

/**
 * The import limits count the article's text as it will be stored, after a .docx, HTML page or .zip is
 * unpacked: a 445 KB .docx that unpacked to 16.7 MB and 80,000 paragraphs was stored.
 */
@IntegrationTest
@WithMockUser(username = "lim", roles = "EDITOR")
class ImportLimitsTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ImportSettings settings;

    private int stored() {
        return articles.list(null).size();
    }

    @Test
    void the_defaults_are_a_thousand_paragraphs_of_at_most_ten_thousand_characters_in_one_megabyte() {
        assertThat(settings.maxParagraphs()).isEqualTo(1_000);
        assertThat(settings.maxParagraphChars()).isEqualTo(10_000);
        assertThat(settings.maxBytes()).isEqualTo(1_048_576L);
    }

    @Test
    void a_small_word_file_that_unpacks_to_more_text_than_the_limit_is_refused() throws IOException {
        int before = stored();
        java.util.Random random = new java.util.Random(445);
        String[] paragraphs = IntStream.range(0, 300).mapToObj(i -> IntStream.range(0, 1_000)
                .mapToObj(w -> Integer.toString(random.nextInt(5_000), 36)).collect(Collectors.joining(" ", "", "."))).toArray(String[]::new);
        byte[] docx = ArticleImportFormatsTest.docx("A long feature", paragraphs);
        assertThat(docx.length).as("compressed, below the 1 MB limit itself").isLessThan(1_000_000);

        assertThatThrownBy(() -> articles.importFiles("feature.docx", docx))
                .isInstanceOf(ArticleImportException.class).hasMessageContaining("once unpacked").hasMessageContaining("transdesk.import.max-bytes");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void a_word_file_with_more_paragraphs_than_the_limit_is_refused() throws IOException {
        int before = stored();
        byte[] docx = ArticleImportFormatsTest.docx("Eighty thousand paragraphs, in small", IntStream.range(0, 1_200)
                .mapToObj(i -> "Line " + i + ".").toArray(String[]::new));

        assertThatThrownBy(() -> articles.importFiles("many.docx", docx))
                .isInstanceOf(ArticleImportException.class).hasMessageContaining("transdesk.import.max-paragraphs");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void pasted_text_html_and_zip_entries_are_held_to_the_same_limits() throws IOException {
        int before = stored();
        String manyLines = "Title\n" + IntStream.range(0, 1_001).mapToObj(i -> "P" + i).collect(Collectors.joining("\n"));
        String html = "<html><body><h1>Page</h1>" + "<p>Para.</p>".repeat(1_001) + "</body></html>";

        assertThatThrownBy(() -> articles.importText(manyLines)).hasMessageContaining("1001 paragraphs");
        assertThatThrownBy(() -> articles.importText("Title\n" + "x".repeat(10_001)))
                .isInstanceOf(ArticleImportException.class).hasMessageContaining("Paragraph 1").hasMessageContaining("transdesk.import.max-paragraph-chars");
        assertThatThrownBy(() -> articles.importFiles("page.html", html.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("transdesk.import.max-paragraphs");
        assertThatThrownBy(() -> articles.importFiles("batch.zip", ArticleImportFormatsTest.zip(Map.of(
                        "ok.txt", "Fine\nShort.".getBytes(StandardCharsets.UTF_8), "page.html", html.getBytes(StandardCharsets.UTF_8)))))
                .hasMessageContaining("page.html").hasMessageContaining("Nothing was imported");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void an_article_at_the_limits_is_imported() {
        String text = "At the limit\n" + IntStream.range(0, 1_000).mapToObj(i -> "Paragraph " + i + ".").collect(Collectors.joining("\n"));

        assertThat(articles.importText(text).paragraphs()).hasSize(1_000);
    }
}

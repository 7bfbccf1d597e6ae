package org.transdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleTextParserTest {

    @Test
    void sample_format_gives_date_title_and_one_paragraph_per_line() throws IOException {
        String sample = Files.readString(Path.of("src/main/resources/samples/asean-russia-2021-04-15.txt"));

        ParsedArticle parsed = ArticleTextParser.parse(sample);

        assertThat(parsed.publishedOn()).isEqualTo(LocalDate.of(2021, 4, 15));
        assertThat(parsed.title()).isEqualTo("ASEAN, Russia look to further deepen strategic partnership");
        assertThat(parsed.paragraphs()).hasSize(11);
        assertThat(parsed.paragraphs().getFirst()).startsWith("Hanoi (VNA) - 2021 is considered");
        assertThat(parsed.paragraphs().getLast()).endsWith("recover economic development./.");
    }

    @Test
    void leading_whitespace_before_the_date_line_is_allowed() {
        ParsedArticle parsed = ArticleTextParser.parse("   \t date 2024-01-31  Budget passed\nThe assembly voted.");

        assertThat(parsed.publishedOn()).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(parsed.title()).isEqualTo("Budget passed");
    }

    @Test
    void other_text_takes_its_first_line_as_title_and_has_no_date() {
        ParsedArticle parsed = ArticleTextParser.parse("Flood warning for the delta\n\nRivers rose overnight.\n\nSchools are closed.");

        assertThat(parsed.publishedOn()).isNull();
        assertThat(parsed.title()).isEqualTo("Flood warning for the delta");
        assertThat(parsed.paragraphs()).containsExactly("Rivers rose overnight.", "Schools are closed.");
    }

    @Test
    void markdown_heading_marks_are_not_part_of_the_title() {
        assertThat(ArticleTextParser.parse("# Heat wave ends #\nTemperatures fell.").title()).isEqualTo("Heat wave ends");
    }

    @Test
    void windows_line_endings_and_blank_lines_split_paragraphs_the_same_way() {
        ParsedArticle parsed = ArticleTextParser.parse("Title\r\n\r\nOne.\r\nTwo.\r\n\r\n\r\nThree.");

        assertThat(parsed.paragraphs()).containsExactly("One.", "Two.", "Three.");
    }

    @Test
    void an_impossible_date_is_refused_with_the_value_named() {
        assertThatThrownBy(() -> ArticleTextParser.parse("date 2021-02-30 Title\nBody."))
                .isInstanceOf(ArticleImportException.class).hasMessageContaining("2021-02-30");
    }

    @Test
    void empty_or_title_only_text_is_refused() {
        assertThatThrownBy(() -> ArticleTextParser.parse(" \n\n ")).isInstanceOf(ArticleImportException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> ArticleTextParser.parse("Only a headline")).isInstanceOf(ArticleImportException.class)
                .hasMessageContaining("at least one paragraph");
    }
}

package org.transdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue #15: the import refusals an editor meets on a long or broken file read in the screen's language, while the
 * exception's message (logs, REST problem documents) stays the English sentence it was. On the old code these
 * refusals had no phrase at all: the Vietnamese and Russian screens showed the English.
 */
class ImportRefusalPhrasesTest {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void too_many_paragraphs_in_a_named_file_keep_the_english_message_and_read_in_vietnamese_and_russian() {
        ParsedArticle article = ArticleTextParser.parse("Title\nOne.\nTwo.\nThree.");
        ArticleImportException refused = catchThrowableOfType(ArticleImportException.class,
                () -> ArticleLimits.check(article, new ImportSettings(1_000_000L, "en", 2, 5_000), "long.txt"));

        assertThat(refused.getMessage()).isEqualTo("The article in 'long.txt' has 3 paragraphs; an article may have at most 2"
                + " (setting transdesk.import.max-paragraphs). Split it into several articles.");
        assertThat(refused.phrase().orElseThrow().in(VI)).isEqualTo("Bài trong 'long.txt' có 3 đoạn; mỗi bài chỉ được tối đa 2 đoạn"
                + " (thiết lập transdesk.import.max-paragraphs). Hãy tách thành nhiều bài.");
        assertThat(refused.phrase().orElseThrow().in(RU)).startsWith("В статье из 'long.txt' 3 абзацев; допускается не больше 2");
    }

    @Test
    void a_long_paragraph_of_pasted_text_and_an_impossible_date_read_in_russian() {
        ParsedArticle article = ArticleTextParser.parse("Title\n" + "x".repeat(30));
        ArticleImportException longParagraph = catchThrowableOfType(ArticleImportException.class,
                () -> ArticleLimits.check(article, new ImportSettings(1_000_000L, "en", 100, 20), null));
        assertThat(longParagraph.getMessage()).isEqualTo("Paragraph 1 has 30 characters; a paragraph may have at most 20"
                + " (setting transdesk.import.max-paragraph-chars). Check that the file has line breaks between paragraphs.");
        assertThat(longParagraph.phrase().orElseThrow().in(RU)).startsWith("В абзаце 1 — 30 знаков; допускается не больше 20");

        ArticleImportException badDate = catchThrowableOfType(ArticleImportException.class,
                () -> ArticleTextParser.parse("date 2021-02-30 Title\nBody."));
        assertThat(badDate.getMessage()).isEqualTo("The first line gives the date 2021-02-30, which is not a real date (YYYY-MM-DD).");
        assertThat(badDate.phrase().orElseThrow().in(VI)).isEqualTo("Dòng đầu ghi ngày 2021-02-30, đây không phải là ngày hợp lệ (YYYY-MM-DD).");
    }
}

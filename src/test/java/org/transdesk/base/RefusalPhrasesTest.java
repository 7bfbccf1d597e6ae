package org.transdesk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.transdesk.article.ArticleImportException;
import org.transdesk.article.ArticleListing;
import org.transdesk.article.DuplicateArticleException;
import org.transdesk.article.SourceDecoder;
import org.transdesk.review.ReviewException;

/**
 * Refusals an editor meets carry a phrase: the screen says them in Vietnamese or Russian while the exception's
 * message (logs, REST problem documents) stays the English sentence it always was.
 */
class RefusalPhrasesTest {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void an_import_refusal_reads_in_vietnamese_and_russian_and_its_message_stays_english() {
        ArticleImportException binary = catchThrowableOfType(ArticleImportException.class,
                () -> SourceDecoder.decode(new byte[] {0, 1, 2, 3, 0, 0, 9, 0}, 1000));
        assertThat(binary.getMessage()).isEqualTo("This looks like a binary file, not text. Upload a .txt or .md file saved as UTF-8.");
        assertThat(binary.phrase().orElseThrow().in(VI)).isEqualTo("Tệp này có vẻ là tệp nhị phân, không phải văn bản. Hãy tải lên tệp .txt hoặc .md lưu ở dạng UTF-8.");

        ArticleImportException latin1 = catchThrowableOfType(ArticleImportException.class,
                () -> SourceDecoder.decode("Caf\u00e9 ouvert".getBytes(StandardCharsets.ISO_8859_1), 1000));
        assertThat(latin1.getMessage()).isEqualTo("The file is not valid UTF-8 text (first bad byte at position 3). Save it as UTF-8 and upload it again.");
        assertThat(latin1.phrase().orElseThrow().in(RU)).isEqualTo("Файл не является текстом в UTF-8 (первый неверный байт в позиции 3). Сохраните его в UTF-8 и загрузите снова.");
    }

    @Test
    void a_duplicate_keeps_its_english_message_with_the_file_name_quoted_and_reads_in_vietnamese() {
        ArticleListing existing = new ArticleListing(7, "dam-completed", "Dam completed", LocalDate.of(2026, 3, 5), "en", 3, "ana", java.time.Instant.now(), null);
        DuplicateArticleException duplicate = new DuplicateArticleException(existing, "dam.txt");

        assertThat(duplicate.getMessage()).isEqualTo("'dam.txt' is already in the library as \"Dam completed\" (2026-03-05), imported by ana."
                + " Open the existing one, or import it again as a new article.");
        assertThat(duplicate.phrase().orElseThrow().in(VI)).isEqualTo("'dam.txt' đã có trong thư viện với tên \"Dam completed\" (2026-03-05), do ana nhập."
                + " Hãy mở bài đã có, hoặc nhập lại thành một bài mới.");
    }

    @Test
    void a_review_refusal_names_the_output_in_the_screens_language() {
        ReviewException running = ReviewException.of("refusal.generation.running", ReviewException.output(org.transdesk.article.Output.VI));
        assertThat(running.getMessage()).isEqualTo("The Vietnamese draft is already being generated.");
        assertThat(running.phrase().orElseThrow().in(VI)).isEqualTo("Bản nháp Tiếng Việt đang được tạo.");
        assertThat(running.phrase().orElseThrow().in(RU)).isEqualTo("Черновик «Вьетнамский» уже создаётся.");
    }
}

package org.transdesk.article.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.transdesk.article.ArticleImportException;

/** Issue #15: a file that is not a Word document is refused in the editor's language; POI's English is only a detail. */
class DocxUnreadablePhraseTest {

    @Test
    void a_zip_that_is_not_a_docx_is_refused_in_russian() throws Exception {
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("notes.txt"));
            out.write("not a Word document".getBytes(StandardCharsets.UTF_8));
        }
        ArticleImportException refused = catchThrowableOfType(ArticleImportException.class,
                () -> DocxArticleReader.lines(zip.toByteArray(), 1_000_000, 1000));

        String ru = refused.phrase().orElseThrow().in(Locale.forLanguageTag("ru"));
        assertThat(ru).contains("файл повреждён или имеет не тот формат (технические подробности: ");
    }
}

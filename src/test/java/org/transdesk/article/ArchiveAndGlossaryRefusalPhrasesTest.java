package org.transdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.memory.Glossary;
import org.transdesk.memory.GlossaryException;
import org.transdesk.memory.TranslationMemory;

/**
 * Issue #15: a file refused inside an archive, a zip bomb, and the glossary's and memory's file refusals read in the
 * screen's language, the refusal of the file inside the archive said inside the archive's sentence; the English messages
 * (logs, REST problem documents) are the ones they always were. On the old code none of them had a phrase.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:import-formats;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false"})
@WithMockUser(username = "ed", roles = {"EDITOR", "REVIEWER"})
class ArchiveAndGlossaryRefusalPhrasesTest {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final Locale RU = Locale.forLanguageTag("ru");

    @Autowired ArticleService articles;
    @Autowired Glossary glossary;
    @Autowired TranslationMemory memory;

    @Test
    void a_file_refused_inside_an_archive_is_said_inside_the_archives_sentence() throws Exception {
        ArticleImportException empty = catchThrowableOfType(ArticleImportException.class,
                () -> articles.importFiles("news.zip", ArticleImportFormatsTest.zip(Map.of("desk/empty.txt", new byte[0]))));
        assertThat(empty.getMessage()).isEqualTo("'desk/empty.txt' in 'news.zip': The file is empty. Nothing was imported.");
        assertThat(empty.phrase().orElseThrow().in(RU)).isEqualTo("'desk/empty.txt' в 'news.zip': Файл пуст. Ничего не импортировано.");

        ArticleImportException nested = catchThrowableOfType(ArticleImportException.class, () -> articles.importFiles("nested.zip",
                ArticleImportFormatsTest.zip(Map.of("inner.zip", ArticleImportFormatsTest.zip(Map.of("a.txt", "T\nP".getBytes()))))));
        assertThat(nested.getMessage()).isEqualTo("'inner.zip' in 'nested.zip': archives inside archives are not imported. Nothing was imported.");
        assertThat(nested.phrase().orElseThrow().in(VI)).isEqualTo("'inner.zip' trong 'nested.zip': không nhập tệp nén nằm trong tệp nén. Chưa nhập gì.");
    }

    @Test
    void a_zip_bomb_in_a_word_file_reads_in_vietnamese_and_russian() throws Exception {
        ArticleImportException bomb = catchThrowableOfType(ArticleImportException.class,
                () -> articles.importFile("bomb.docx", ArticleImportFormatsTest.zip(Map.of("word/document.xml", new byte[30 * 1024 * 1024]))));
        assertThat(bomb.getMessage()).startsWith("'word/document.xml' in The Word file unpacks to more than ").endsWith(" bytes: refused (a zip bomb, or simply too large).");
        assertThat(bomb.phrase().orElseThrow().in(VI)).startsWith("'word/document.xml' trong Tệp Word khi giải nén lớn hơn ").contains("bom zip");
        assertThat(bomb.phrase().orElseThrow().in(RU)).startsWith("'word/document.xml' (Файл Word): после распаковки больше ").contains("zip-бомба");
    }

    @Test
    void glossary_and_memory_file_refusals_read_in_russian_a_bad_csv_line_with_its_reason_in_russian_too() {
        GlossaryException line = catchThrowableOfType(GlossaryException.class,
                () -> glossary.importCsv("term,ru\nASEAN,\n".getBytes(StandardCharsets.UTF_8), "en"));
        assertThat(line.getMessage()).isEqualTo("Line 2: \"ASEAN\" needs a rendering in at least one language, or the do-not-translate flag.");
        assertThat(line.phrase().orElseThrow().in(RU)).isEqualTo("Строка 2: Для \"ASEAN\" нужен перевод хотя бы на один язык или отметка «не переводить».");

        GlossaryException tmx = catchThrowableOfType(GlossaryException.class, () -> memory.importTmxFile(new byte[0], "en", "old.tmx"));
        assertThat(tmx.getMessage()).isEqualTo("The TMX file is empty.");
        assertThat(tmx.phrase().orElseThrow().in(VI)).isEqualTo("Tệp TMX trống.");
    }
}

package org.transdesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.transdesk.article.Output;

/**
 * Issue #15: export and XLIFF import refusals an editor meets on the Export page read in the screen's language, while
 * the English message (logs, REST problem documents) is the one it always was. On the old code they had no phrase.
 */
class ExportRefusalPhrasesTest {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final Locale RU = Locale.forLanguageTag("ru");

    private static ExportException reading(String xml) {
        return catchThrowableOfType(ExportException.class, () -> XliffDocument.read(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void an_empty_file_and_a_file_that_is_not_xliff_read_in_vietnamese_and_russian() {
        ExportException empty = catchThrowableOfType(ExportException.class, () -> XliffDocument.read(new byte[0]));
        assertThat(empty.getMessage()).isEqualTo("The XLIFF file is empty.");
        assertThat(empty.phrase().orElseThrow().in(VI)).isEqualTo("Tệp XLIFF trống.");

        ExportException notXliff = reading("<html version=\"2.0\"/>");
        assertThat(notXliff.getMessage()).isEqualTo("This is not an XLIFF 1.2, 2.0 or 2.1 file (the root must be <xliff version=\"2.0\">, \"2.1\" "
                + "in the XLIFF 2 namespace, or <xliff version=\"1.2\">).");
        assertThat(notXliff.phrase().orElseThrow().in(RU)).startsWith("Это не файл XLIFF 1.2, 2.0 или 2.1 (корневой элемент должен быть <xliff version=\"2.0\">");
    }

    @Test
    void a_unit_id_written_twice_keeps_the_quotes_around_the_id_in_every_language() {
        ExportException twice = reading("""
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ru"><file id="f">
                <unit id="s1"><segment><source>A</source><target>А</target></segment></unit>
                <unit id="s1"><segment><source>B</source><target>Б</target></segment></unit>
                </file></xliff>""");
        assertThat(twice.getMessage()).isEqualTo("Unit id 's1' appears twice in the file: each paragraph must come back once.");
        assertThat(twice.phrase().orElseThrow().in(RU)).isEqualTo("Id единицы 's1' встречается в файле дважды: каждый абзац должен вернуться один раз.");
        assertThat(twice.phrase().orElseThrow().in(VI)).isEqualTo("Id đơn vị 's1' xuất hiện hai lần trong tệp: mỗi đoạn chỉ được có một lần.");
    }

    @Test
    void an_output_without_a_name_in_the_bundles_is_named_in_english_not_by_its_key() {
        ExportException chinese = ExportException.of("refusal.export.not-approved", ExportException.output(Output.translation("zh")));
        assertThat(chinese.getMessage()).isEqualTo("The Simplified Chinese output has no approved version yet: a reviewer must approve it before it can be exported.");

        ExportException vietnamese = ExportException.of("refusal.export.not-approved", ExportException.output(Output.VI));
        assertThat(vietnamese.phrase().orElseThrow().in(RU)).isEqualTo("У материала «Вьетнамский» ещё нет утверждённой версии:"
                + " прежде чем его выгружать, его должен утвердить проверяющий.");
    }
}

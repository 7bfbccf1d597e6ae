package org.transdesk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue #15: what a library says about a file it cannot read reaches the editor as a sentence in their language saying
 * where the file goes wrong; the library's English comes only after it, as a technical detail.
 */
class LibraryProblemTest {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void a_sax_error_names_its_line_and_column() {
        Phrase said = LibraryProblem.phrase(new SAXParseException("The element type \"b\" must be terminated by the matching end-tag \"</b>\".",
                null, null, 4, 7));

        assertThat(said.in(VI)).isEqualTo("lỗi ở dòng 4, cột 7 (chi tiết kỹ thuật: The element type \"b\" must be terminated by the matching end-tag \"</b>\".)");
        assertThat(said.in(RU)).startsWith("ошибка в строке 4, столбец 7 (технические подробности: The element type");
    }

    @Test
    void a_stax_error_names_its_place_once_and_keeps_only_the_parsers_words_as_the_detail() throws Exception {
        Throwable thrown = catchThrowable(() -> {
            XMLStreamReader xml = SafeXml.reader(new ByteArrayInputStream("<a>\n<b></a>".getBytes(StandardCharsets.UTF_8)));
            while (xml.hasNext()) {
                xml.next();
            }
        });

        String vi = LibraryProblem.phrase(thrown).in(VI);
        assertThat(vi).startsWith("lỗi ở dòng 2, cột ").contains("chi tiết kỹ thuật: ").doesNotContain("ParseError");
    }

    @Test
    void a_json_error_names_its_line_and_column() {
        Throwable thrown = catchThrowable(() -> JsonMapper.builder().build().readTree("{\n  \"a\": }"));

        assertThat(LibraryProblem.phrase(thrown).in(RU)).startsWith("ошибка в строке 2, столбец ").contains("технические подробности: ");
    }

    @Test
    void an_error_that_does_not_say_where_says_the_file_is_damaged() {
        Phrase said = LibraryProblem.phrase(new IOException("Truncated ZIP file"));

        assertThat(said.in(VI)).isEqualTo("tệp bị hỏng hoặc không đúng định dạng (chi tiết kỹ thuật: Truncated ZIP file)");
        assertThat(said.english()).isEqualTo("the file is damaged or not in the expected format (technical detail: Truncated ZIP file)");
        assertThat(Phrase.of("refusal.glossary.tbx-write", LibraryProblem.failure(new IOException("No space left on device"))).in(RU))
                .isEqualTo("Не удалось записать файл TBX: система сообщила об ошибке (технические подробности: No space left on device)");
    }
}

package org.transdesk.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue #15: a glossary or memory file that cannot be read is refused in the editor's language with the line to look at:
 * the CSV reader's own problems (an unclosed quote, a bad flag) are phrases, and the XML parser's English follows a TBX
 * or TMX refusal only as a technical detail. On the old code these were English on every screen.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:glossary-upkeep;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false"})
@WithMockUser(username = "rita", roles = {"EDITOR", "REVIEWER"})
class GlossaryFileRefusalLanguageTest {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final Locale RU = Locale.forLanguageTag("ru");

    @Autowired
    Glossary glossary;
    @Autowired
    TranslationMemory memory;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_csv_with_an_unclosed_quote_or_a_bad_flag_is_refused_in_the_editors_language() {
        GlossaryException quote = catchThrowableOfType(GlossaryException.class,
                () -> glossary.importCsv(utf8("term,vi\nHanoi,Hà Nội\nHue,\"Huế\nDanang,Đà Nẵng\n"), "en"));
        assertThat(quote.phrase().orElseThrow().in(VI))
                .isEqualTo("Không đọc được tệp CSV: dòng 3: một ô mở dấu ngoặc kép ở đây mà không bao giờ đóng lại (thiếu dấu \").");
        assertThat(quote.getMessage()).isEqualTo("The CSV file could not be read: line 3: a quoted field opened here is never closed (unbalanced \").");

        GlossaryException flag = catchThrowableOfType(GlossaryException.class,
                () -> glossary.importCsv(utf8("term,vi,do_not_translate\nHanoi,Hà Nội,maybe\n"), "en"));
        assertThat(flag.phrase().orElseThrow().in(RU)).contains("строка 2: в столбце do_not_translate должно быть yes/no")
                .doesNotContain("must be");
    }

    @Test
    void a_broken_tbx_or_tmx_is_refused_with_its_line_and_the_parsers_words_only_as_a_detail() {
        GlossaryException tbx = catchThrowableOfType(GlossaryException.class,
                () -> glossary.importTbx(utf8("<martif type=\"TBX-Basic\">\n<text><body>\n<termEntry></body></text></martif>"), "en"));
        assertThat(tbx.phrase().orElseThrow().in(VI)).startsWith("Không đọc được tệp TBX: lỗi ở dòng 3, cột ").contains("(chi tiết kỹ thuật: ")
                .doesNotContain("ParseError");

        GlossaryException tmx = catchThrowableOfType(GlossaryException.class,
                () -> memory.importTmxFile(utf8("<tmx version=\"1.4\">\n<body><tu>"), "en", "broken.tmx"));
        assertThat(tmx.phrase().orElseThrow().in(RU)).contains("ошибка в строке 2").contains("технические подробности: ");
    }
}

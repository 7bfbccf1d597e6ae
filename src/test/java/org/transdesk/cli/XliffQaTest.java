package org.transdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code qa} on XLIFF 2.0 as the export feature writes it. The sample files were exported by
 * {@code ExportService} from the sample article with the team's approved translations.
 */
class XliffQaTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String XLIFF = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"ru\">";

    @TempDir
    Path dir;

    @Test
    void an_exported_xliff_of_the_sample_article_gives_one_golden_row_per_unit_and_exit_code_0() throws IOException {
        Path in = copy("sample-vi.xlf");
        Path out = dir.resolve("findings.jsonl");

        CliRun run = CliRun.of("qa", "--in", in.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out)).isEqualTo(SummarizeCommandTest.golden("sample-vi.xlf.expected.jsonl"));
        assertThat(run.err()).contains("qa: 12 rows (0 bad), 0 with errors");
    }

    @Test
    void the_target_language_comes_from_trgLang_and_a_contradicting_lang_option_is_bad_usage() throws IOException {
        Path in = copy("sample-ru.xlf");
        Path out = dir.resolve("findings.jsonl");
        Path none = dir.resolve("none.jsonl");

        CliRun russian = CliRun.of("qa", "--in", in.toString(), "--out", out.toString(), "--lang", "ru");
        CliRun contradicted = CliRun.of("qa", "--in", in.toString(), "--out", none.toString(), "--lang", "vi");

        assertThat(russian.exitCode()).as(russian.err()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(12).first().isEqualTo("{\"id\":\"s0\",\"findings\":[]}");
        assertThat(contradicted.exitCode()).isEqualTo(TransdeskCli.BAD_INPUT);
        assertThat(contradicted.err()).contains("is translated into 'ru' (trgLang), not 'vi' (--lang)");
        assertThat(none).doesNotExist();
    }

    @Test
    void a_unit_whose_target_lost_a_number_is_an_error_finding_on_that_unit_and_exit_code_1() throws IOException {
        Path in = write("broken.xlf", HEAD + XLIFF + "<file id=\"f1\">"
                + "<unit id=\"s0\"><segment><source>Two ministers met.</source><target>Два министра встретились.</target></segment></unit>"
                + "<unit id=\"s1\"><segment><source>Trade grew by 250 million USD.</source><target>Торговля выросла на миллионы долларов.</target></segment></unit>"
                + "</file></xliff>");
        Path out = dir.resolve("findings.jsonl");

        CliRun run = CliRun.of("qa", "--in", in.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(TransdeskCli.FINDINGS);
        assertThat(Files.readAllLines(out)).hasSize(2);
        assertThat(Files.readAllLines(out).get(0)).isEqualTo("{\"id\":\"s0\",\"findings\":[]}");
        assertThat(Files.readAllLines(out).get(1)).startsWith("{\"id\":\"s1\",\"findings\":[{\"check\":\"numbers\",\"severity\":\"error\"");
    }

    @Test
    void a_unit_without_a_target_is_a_bad_row_and_every_other_unit_is_still_checked() throws IOException {
        Path in = write("untranslated.xlf", HEAD + XLIFF + "<file id=\"f1\">"
                + "<unit id=\"s0\"><segment><source>Two ministers met.</source></segment></unit>"
                + "<unit id=\"s1\"><segment><source>Two ministers met.</source><target>Два министра встретились.</target></segment></unit>"
                + "</file></xliff>");
        Path out = dir.resolve("findings.jsonl");

        CliRun run = CliRun.of("qa", "--in", in.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(TransdeskCli.BAD_INPUT);
        assertThat(run.err()).contains(in + ": unit s0 has no <target>");
        assertThat(Files.readAllLines(out)).containsExactly("{\"id\":\"s0\",\"error\":\"unit s0 has no <target>\"}",
                "{\"id\":\"s1\",\"findings\":[]}");
    }

    @Test
    void a_unit_whose_target_dropped_a_formatting_tag_is_a_tags_error_finding_naming_the_tag() throws IOException {
        Path in = write("tags.xlf", HEAD + XLIFF + "<file id=\"f1\">"
                + "<unit id=\"s1\"><segment><source>Leaders of <pc id=\"1\" type=\"fmt\" subType=\"xlf:b\">ASEAN</pc> met.<ph id=\"2\" subType=\"xlf:lb\" type=\"fmt\"/>Next.</source>"
                + "<target>Лидеры АСЕАН встретились.<ph id=\"2\"/>Дальше.</target></segment></unit>"
                + "<unit id=\"s2\"><segment><source>Leaders of <pc id=\"1\" type=\"fmt\" subType=\"xlf:b\">ASEAN</pc> met.</source>"
                + "<target>Лидеры <pc id=\"1\">АСЕАН</pc> встретились.</target></segment></unit>"
                + "</file></xliff>");
        Path out = dir.resolve("findings.jsonl");

        CliRun run = CliRun.of("qa", "--in", in.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(TransdeskCli.FINDINGS);
        assertThat(Files.readAllLines(out).get(0)).contains("\"check\":\"tags\"", "\"severity\":\"error\"", "Tag ⟦1⟧…⟦/1⟧ (bold) is missing");
        assertThat(Files.readAllLines(out).get(1)).isEqualTo("{\"id\":\"s2\",\"findings\":[]}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed XML     | <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" trgLang="ru"><file><unit id="s0"><segment><source>Hi | not well-formed XML
            XXE attempt       | <!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" trgLang="ru"><file><unit id="s0"><segment><source>Hi</source><target>&xxe;</target></segment></unit></file></xliff> | not well-formed XML
            XLIFF 3.0         | <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="3.0" trgLang="ru"><file id="f1"/></xliff> | not an XLIFF 1.2, 2.0 or 2.1 file
            not XLIFF at all  | <html><body>Hi</body></html> | not an XLIFF 1.2, 2.0 or 2.1 file
            unknown markup    | <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" trgLang="ru"><file><unit id="s0"><segment><source>Hi <foo>you</foo></source></segment></unit></file></xliff> | only plain text is supported
            code id not ours  | <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" trgLang="ru"><file><unit id="s0"><segment><source>Hi <pc id="b1">you</pc></source></segment></unit></file></xliff> | inline code <pc> with id
            empty file        | '' | The XLIFF file is empty
            """)
    void hostile_xliff_is_unreadable_input_with_a_clear_message_exit_code_2_and_nothing_written(String what, String xml, String message)
            throws IOException {
        Path in = write("hostile.xlf", xml.isEmpty() ? "" : HEAD + xml);
        Path out = dir.resolve("findings.jsonl");

        CliRun run = CliRun.of("qa", "--in", in.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(TransdeskCli.BAD_INPUT);
        assertThat(run.err()).contains(in + " is not a readable XLIFF file", message).doesNotContain("root:");
        assertThat(out).doesNotExist();
    }

    private Path copy(String golden) throws IOException {
        return Files.writeString(dir.resolve(golden), SummarizeCommandTest.golden(golden));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}

package org.transdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QaCommandTest {

    @TempDir
    Path dir;

    @Test
    void finds_exactly_what_the_golden_file_says_and_exits_1_on_error_findings() throws IOException {
        Path in = dir.resolve("qa-golden.jsonl");
        Files.writeString(in, SummarizeCommandTest.golden("qa-golden.jsonl"));
        Path out = dir.resolve("findings.jsonl");

        CliRun run = CliRun.of("qa", "--in", in.toString(), "--out", out.toString());

        assertThat(Files.readString(out)).isEqualTo(SummarizeCommandTest.golden("qa-golden.expected.jsonl"));
        assertThat(run.exitCode()).as("two broken rows hold error findings").isEqualTo(TransdeskCli.FINDINGS);
        assertThat(run.err()).contains("qa: 6 rows (0 bad), 2 with errors", "numbers (error)", "untranslated (error)");
    }

    @Test
    void the_team_translations_of_the_sample_article_pass_with_exit_code_0() throws IOException {
        Path in = dir.resolve("qa-sample.jsonl");
        Files.writeString(in, SummarizeCommandTest.golden("qa-sample.jsonl"));
        Path out = dir.resolve("findings.jsonl");

        CliRun run = CliRun.of("qa", "--in", in.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(28).allMatch(row -> row.contains("\"findings\":["));
    }

    @Test
    void clean_rows_give_empty_findings_and_exit_code_0() throws IOException {
        Path in = write("clean.jsonl", """
                {"id": 1, "source": "The ministers met on 15 April 2021 in Jakarta.", "target": "Các bộ trưởng đã gặp nhau vào ngày 15 tháng 4 năm 2021 tại Jakarta."}
                """);
        Path out = dir.resolve("findings.jsonl");

        CliRun run = CliRun.of("qa", "--in", in.toString(), "--out", out.toString(), "--lang", "vi");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out)).isEqualTo("{\"id\":1,\"findings\":[]}\n");
    }

    @Test
    void any_language_tag_is_a_target_and_one_without_a_profile_gets_the_generic_checks() throws IOException {
        Path in = write("languages.jsonl", """
                {"id": "zh", "source": "Russia and ASEAN agreed on 15 April to expand trade by 30%.", "target": "俄罗斯和东盟4月15日同意将贸易扩大30%。"}
                {"id": "zh-bad", "source": "Russia and ASEAN agreed on 15 April to expand trade by 30%.", "target": "俄罗斯和东盟4月15日同意扩大贸易。"}
                {"id": "fr", "source": "The ministers met on 15 April 2021 in Jakarta.", "target": "Les ministres se sont réunis le 15 avril 2021 à Jakarta.", "lang": "fr-FR"}
                """);
        Path out = dir.resolve("findings.jsonl");
        Path de = write("de.jsonl", """
                {"id": 1, "source": "The ministers met on 15 April 2021 in Jakarta.", "target": "Die Minister trafen sich am 15. April 2021 in Jakarta."}
                """);
        Path outDe = dir.resolve("de-findings.jsonl");

        CliRun run = CliRun.of("qa", "--in", in.toString(), "--out", out.toString(), "--lang", "ZH-cn");
        CliRun german = CliRun.of("qa", "--in", de.toString(), "--out", outDe.toString(), "--lang", "de");

        List<String> rows = Files.readAllLines(out);
        assertThat(rows.get(0)).as(run.err()).isEqualTo("{\"id\":\"zh\",\"findings\":[]}");
        assertThat(rows.get(1)).contains("\"check\":\"numbers\"", "30");
        assertThat(rows.get(2)).isEqualTo("{\"id\":\"fr\",\"findings\":[]}");
        assertThat(run.err()).doesNotContain("generic");
        assertThat(german.exitCode()).as(german.err()).isZero();
        assertThat(german.err()).contains("qa: no language profile for 'de': generic checks only");
    }

    @Test
    void a_summary_row_is_checked_against_the_summary_budget() throws IOException {
        Path in = write("summary.jsonl", """
                {"id": "s", "source": ["Russia and ASEAN agreed on Thursday to expand cooperation in energy and trade."], "summary": "Russia and ASEAN agreed on Thursday to expand cooperation in energy and trade."}
                """);
        Path out = dir.resolve("findings.jsonl");

        CliRun withinBudget = CliRun.of("qa", "--in", in.toString(), "--out", out.toString(), "--summary-budget", "60");
        String clean = Files.readString(out);
        CliRun overBudget = CliRun.of("qa", "--in", in.toString(), "--out", out.toString(), "--summary-budget", "5");

        assertThat(withinBudget.exitCode()).as(withinBudget.err()).isZero();
        assertThat(clean).isEqualTo("{\"id\":\"s\",\"findings\":[]}\n");
        assertThat(Files.readString(out)).contains("\"check\":\"summary-budget\"");
        assertThat(overBudget.exitCode()).isNotZero();
    }

    @Test
    void a_malformed_line_is_reported_by_number_every_other_row_still_appears_and_the_exit_code_is_2() throws IOException {
        Path in = write("mixed.jsonl", """
                {"id": "a", "source": "Two ministers met.", "target": "Hai bộ trưởng đã gặp nhau.", "lang": "vi"}
                {"id": "b", "source": "Two ministers met.", "target":
                {"id": "c", "source": "Two ministers met."}
                [1, 2]
                {"id": "d", "source": "Two ministers met.", "target": "Два министра встретились.", "lang": "ru"}
                """);
        Path out = dir.resolve("findings.jsonl");

        CliRun run = CliRun.of("qa", "--in", in.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(TransdeskCli.BAD_INPUT);
        assertThat(run.err()).contains(in + ":2: not valid JSON", in + ":3: missing \"target\"", in + ":4: expected a JSON object");
        List<String> rows = Files.readAllLines(out);
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0)).isEqualTo("{\"id\":\"a\",\"findings\":[]}");
        assertThat(rows.get(2)).isEqualTo("{\"id\":\"c\",\"line\":3,\"error\":\"missing \\\"target\\\"\"}");
        assertThat(rows.get(4)).isEqualTo("{\"id\":\"d\",\"findings\":[]}");
    }

    @Test
    void a_row_without_a_target_language_is_reported_when_no_lang_option_is_given() throws IOException {
        Path in = write("nolang.jsonl", "{\"id\": 1, \"source\": \"Hello.\", \"target\": \"Xin chào.\"}\n");

        CliRun run = CliRun.of("qa", "--in", in.toString(), "--out", dir.resolve("o.jsonl").toString());

        assertThat(run.exitCode()).isEqualTo(TransdeskCli.BAD_INPUT);
        assertThat(run.err()).contains(":1: no target language");
    }

    @Test
    void empty_input_gives_empty_output_and_binary_input_gives_no_output_and_exit_code_2() throws IOException {
        Path empty = write("empty.jsonl", "");
        Path binary = dir.resolve("binary.jsonl");
        Files.write(binary, new byte[] {'{', 0, 1, 2, '}', '\n'});
        Path out = dir.resolve("findings.jsonl");
        Path out2 = dir.resolve("findings2.jsonl");

        CliRun onEmpty = CliRun.of("qa", "--in", empty.toString(), "--out", out.toString(), "--lang", "ru");
        CliRun onBinary = CliRun.of("qa", "--in", binary.toString(), "--out", out2.toString(), "--lang", "ru");

        assertThat(onEmpty.exitCode()).isZero();
        assertThat(Files.readString(out)).isEmpty();
        assertThat(onBinary.exitCode()).isEqualTo(TransdeskCli.BAD_INPUT);
        assertThat(onBinary.err()).contains("looks binary (NUL byte on line 1)");
        assertThat(out2).doesNotExist();
    }

    @Test
    void an_unknown_language_or_option_is_bad_usage_and_help_lists_the_options() {
        CliRun badLang = CliRun.of("qa", "--in", "x", "--out", "y", "--lang", "12");
        CliRun unknown = CliRun.of("qa", "--in", "x", "--out", "y", "--frobnicate");
        CliRun help = CliRun.of("help", "qa");

        assertThat(badLang.exitCode()).isEqualTo(TransdeskCli.BAD_INPUT);
        assertThat(badLang.err()).contains("--lang must be a language tag such as vi, ru, zh, fr, es, got '12'");
        assertThat(unknown.exitCode()).isEqualTo(TransdeskCli.BAD_INPUT);
        assertThat(unknown.err()).contains("Unknown option: '--frobnicate'");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--in=FILE", "--out=FILE", "--lang=LANG", "--summary-budget=N");
    }

    @Test
    void reads_a_tmx_file_one_row_per_unit_and_target_language_and_refuses_broken_xml() throws IOException {
        Path tmx = dir.resolve("sample-tm.tmx");
        try (var in = getClass().getResourceAsStream("/samples/sample-tm.tmx")) {
            Files.write(tmx, in.readAllBytes());
        }
        Path broken = write("broken.tmx", "<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"en\"><seg>Hi");
        Path out = dir.resolve("findings.jsonl");
        Path none = dir.resolve("none.jsonl");

        CliRun all = CliRun.of("qa", "--in", tmx.toString(), "--out", out.toString());
        List<String> rows = Files.readAllLines(out);
        CliRun onlyRussian = CliRun.of("qa", "--in", tmx.toString(), "--out", out.toString(), "--lang", "ru");
        CliRun onBroken = CliRun.of("qa", "--in", broken.toString(), "--out", none.toString());

        assertThat(all.exitCode()).as(all.err()).isZero();
        assertThat(rows).isNotEmpty().allMatch(row -> row.matches("\\{\"id\":\"\\d+/(vi|ru)\",\"findings\":\\[.*"));
        assertThat(Files.readAllLines(out)).hasSize(rows.size() / 2).allMatch(row -> row.contains("/ru\""));
        assertThat(onlyRussian.exitCode()).isZero();
        assertThat(onBroken.exitCode()).isEqualTo(TransdeskCli.BAD_INPUT);
        assertThat(onBroken.err()).contains("is not a readable TMX file");
        assertThat(none).doesNotExist();
    }

    @Test
    void with_a_glossary_file_a_term_rendered_otherwise_is_an_error_and_a_file_that_is_no_glossary_is_bad_usage() throws IOException {
        Path glossary = dir.resolve("glossary.csv");
        try (var in = getClass().getResourceAsStream("/samples/sample-glossary.csv")) {
            Files.write(glossary, in.readAllBytes());
        }
        Path in = write("terms.jsonl", """
                {"id": 1, "source": "The strategic partnership grows.", "target": "Đối tác chiến lược phát triển.", "lang": "vi"}
                """);
        Path out = dir.resolve("findings.jsonl");

        CliRun without = CliRun.of("qa", "--in", in.toString(), "--out", out.toString());
        String withoutFindings = Files.readString(out);
        CliRun with = CliRun.of("qa", "--in", in.toString(), "--out", out.toString(), "--glossary", glossary.toString());
        CliRun notAGlossary = CliRun.of("qa", "--in", in.toString(), "--out", out.toString(), "--glossary", in.toString());

        assertThat(without.exitCode()).as(without.err()).isZero();
        assertThat(withoutFindings).isEqualTo("{\"id\":1,\"findings\":[]}\n");
        assertThat(with.exitCode()).isEqualTo(TransdeskCli.FINDINGS);
        assertThat(Files.readString(out)).contains("\"check\":\"glossary\",\"severity\":\"error\"", "quan hệ đối tác chiến lược");
        assertThat(notAGlossary.exitCode()).isEqualTo(TransdeskCli.BAD_INPUT);
        assertThat(notAGlossary.err()).contains("--glossary " + in);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}

package org.transdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code qa --glossary} reads the glossary CSV as the app does, and a broken one is bad input named by its line. */
class QaGlossaryCsvTest {

    @TempDir
    Path dir;

    private Path rows() throws IOException {
        return Files.writeString(dir.resolve("rows.jsonl"),
                "{\"id\": \"a\", \"source\": \"Rain in Hanoi.\", \"target\": \"Mưa ở Hà Nội.\", \"lang\": \"vi\"}\n");
    }

    @Test
    void an_unbalanced_quote_exits_2_with_one_line_naming_the_line() throws IOException {
        Path glossary = Files.writeString(dir.resolve("glossary.csv"), "term,vi\nHanoi,Hà Nội\nHue,\"Huế\nDanang,Đà Nẵng\n");

        CliRun run = CliRun.of("qa", "--in", rows().toString(), "--out", dir.resolve("o.jsonl").toString(), "--glossary", glossary.toString());

        assertThat(run.exitCode()).isEqualTo(TransdeskCli.BAD_INPUT);
        assertThat(run.err().strip().lines()).singleElement().asString().contains("line 3", "never closed");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void a_semicolon_glossary_with_yes_no_flags_is_used_by_the_glossary_check() throws IOException {
        Path glossary = Files.writeString(dir.resolve("glossary.csv"), "\uFEFFterm;vi;do_not_translate;case_sensitive\nHanoi;Thủ đô;no;yes\n");

        CliRun run = CliRun.of("qa", "--in", rows().toString(), "--out", dir.resolve("o.jsonl").toString(), "--glossary", glossary.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(TransdeskCli.FINDINGS);
        assertThat(Files.readString(dir.resolve("o.jsonl"))).contains("\"check\":\"glossary\"", "Thủ đô");
    }
}

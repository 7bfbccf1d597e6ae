package org.transdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

class SummarizeCommandTest {

    @TempDir
    Path dir;

    @Test
    void summarises_the_sample_article_exactly_as_the_golden_file_says() throws IOException {
        Path in = write("articles.jsonl", sampleArticleRow() + "\n");
        Path out = dir.resolve("summaries.jsonl");

        CliRun run = CliRun.of("summarize", "--in", in.toString(), "--out", out.toString(), "--words", "60", "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out)).isEqualTo(golden("summarize-sample.golden.jsonl"));
        assertThat(run.err()).contains("summarize: 1 rows, 0 bad");
    }

    @Test
    void a_malformed_line_is_reported_with_its_number_and_the_other_rows_are_still_summarised() throws IOException {
        Path in = write("articles.jsonl", sampleArticleRow() + "\n{\"id\": 2, \"article\": \n\n"
                + "{\"id\": 3, \"article\": \"\"}\n" + sampleArticleRow().replace("\"asean-russia\"", "\"again\"") + "\n");
        Path out = dir.resolve("summaries.jsonl");

        CliRun run = CliRun.of("summarize", "--in", in.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(TransdeskCli.BAD_INPUT);
        assertThat(run.err()).contains(in + ":2: not valid JSON").contains(in + ":4: \"article\" is empty");
        List<String> rows = Files.readAllLines(out);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).startsWith("{\"id\":\"asean-russia\",\"summary\":\"");
        assertThat(rows.get(1)).startsWith("{\"line\":2,\"error\":\"not valid JSON");
        assertThat(rows.get(2)).isEqualTo("{\"id\":3,\"line\":4,\"error\":\"\\\"article\\\" is empty\"}");
        assertThat(rows.get(3)).startsWith("{\"id\":\"again\",\"summary\":\"");
    }

    @Test
    void an_empty_file_gives_an_empty_output_and_exit_code_0() throws IOException {
        Path in = write("empty.jsonl", "");
        Path out = dir.resolve("out.jsonl");

        CliRun run = CliRun.of("summarize", "--in", in.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(out)).isEmpty();
        assertThat(run.err()).contains("0 rows");
    }

    @Test
    void a_binary_file_is_refused_with_exit_code_2_and_no_output_file() throws IOException {
        Path in = dir.resolve("image.jsonl");
        Files.write(in, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, (byte) 0xff});
        Path out = dir.resolve("out.jsonl");

        CliRun run = CliRun.of("summarize", "--in", in.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(TransdeskCli.BAD_INPUT);
        assertThat(run.err()).contains("is not UTF-8 text");
        assertThat(out).doesNotExist();
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void a_missing_input_file_or_a_bad_budget_is_bad_usage() {
        Path out = dir.resolve("out.jsonl");

        CliRun missing = CliRun.of("summarize", "--in", dir.resolve("nope.jsonl").toString(), "--out", out.toString());
        CliRun zeroBudget = CliRun.of("summarize", "--in", "x", "--out", out.toString(), "--words", "0");
        CliRun noIn = CliRun.of("summarize", "--out", out.toString());

        assertThat(missing.exitCode()).isEqualTo(TransdeskCli.BAD_INPUT);
        assertThat(missing.err()).contains("no such file");
        assertThat(zeroBudget.exitCode()).isEqualTo(TransdeskCli.BAD_INPUT);
        assertThat(zeroBudget.err()).contains("--words must be at least 1");
        assertThat(noIn.exitCode()).isEqualTo(TransdeskCli.BAD_INPUT);
        assertThat(noIn.err()).contains("Missing required option: '--in=FILE'");
        assertThat(out).doesNotExist();
    }

    @Test
    void help_lists_the_options() {
        CliRun run = CliRun.of("summarize", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--in=FILE", "--out=FILE", "--words=N", "--lang=L");
    }

    /** The bundled sample as one input row: its body paragraphs, one per line. */
    static String sampleArticleRow() throws IOException {
        try (InputStream in = SummarizeCommandTest.class.getResourceAsStream("/samples/asean-russia-2021-04-15.txt")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            ObjectNode row = JsonRows.JSON.createObjectNode();
            row.put("id", "asean-russia");
            row.put("article", String.join("\n", lines.subList(1, lines.size())));
            return JsonRows.JSON.writeValueAsString(row);
        }
    }

    static String golden(String name) throws IOException {
        try (InputStream in = SummarizeCommandTest.class.getResourceAsStream("/cli/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}

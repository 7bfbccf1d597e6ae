package org.transdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.support.ChildJvm;
import org.transdesk.support.LargeArticles;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code summarize} in a JVM with a small heap: a 0.9 MB row (55,000 sentences) that ran out of memory
 * and lost the whole batch is summarised, a row above the row limit is reported as a bad row without
 * being read whole, and the rows around them come out.
 */
class SummarizeBoundedMemoryTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void a_huge_row_is_summarised_and_a_too_large_row_is_a_bad_row_while_the_others_come_out() throws Exception {
        String huge = String.join("\n", LargeArticles.manyShortSentences());
        Path in = dir.resolve("articles.jsonl");
        Files.writeString(in, String.join("\n",
                row("first", "Harvest record\nRice output rose to a record this year, the ministry said on Monday."),
                row("huge", huge),
                row("too-large", "x".repeat(JsonlBatch.DEFAULT_MAX_ROW_CHARS + 10)),
                row("last", "Flood warning\nThe river rose above the warning level in three provinces.")) + "\n");
        Path out = dir.resolve("summaries.jsonl");
        assertThat(huge.length()).isGreaterThan(900_000);

        try (ChildJvm child = ChildJvm.start(dir, List.of("-Xmx128m"), TransdeskLauncher.class,
                "summarize", "--in", in.toString(), "--out", out.toString())) {
            assertThat(child.awaitExit(180)).as(child.output()).isEqualTo(TransdeskCli.BAD_INPUT);
            assertThat(child.output()).contains(in + ":3: the row is longer than 1048576 characters").contains("4 rows, 1 bad");
        }
        List<String> rows = Files.readAllLines(out);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).startsWith("{\"id\":\"first\",\"summary\":\"Harvest record");
        assertThat(rows.get(1)).startsWith("{\"id\":\"huge\",\"summary\":\"");
        assertThat(rows.get(2)).isEqualTo("{\"line\":3,\"error\":\"the row is longer than 1048576 characters (--max-row-chars); not read\"}");
        assertThat(rows.get(3)).startsWith("{\"id\":\"last\",\"summary\":\"Flood warning");
    }

    @Test
    void the_row_limit_can_be_set_and_counts_characters_not_lines_of_the_article() throws IOException {
        Path in = dir.resolve("rows.jsonl");
        Files.writeString(in, row("a", "Title\nShort body of the story.") + "\r\n" + row("b", "Title\n" + "Long ".repeat(100)) + "\r\n");
        Path out = dir.resolve("out.jsonl");

        CliRun run = CliRun.of("summarize", "--in", in.toString(), "--out", out.toString(), "--max-row-chars", "200");

        assertThat(run.exitCode()).isEqualTo(TransdeskCli.BAD_INPUT);
        assertThat(Files.readAllLines(out)).hasSize(2).last().asString().contains("\"line\":2").contains("longer than 200 characters");
    }

    private static String row(String id, String article) {
        ObjectNode row = JSON.createObjectNode();
        row.put("id", id);
        row.put("article", article);
        return JSON.writeValueAsString(row);
    }
}

package org.transdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The translate command end to end: its own non-web Spring context on a private in-memory database
 * with the sample translation memory, the offline engine, drafts and report on disk.
 */
class TranslateCommandTest {

    @TempDir
    Path dir;

    private final String databaseUrl = "jdbc:h2:mem:cli-translate-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @Test
    void drafts_the_sample_article_into_markdown_and_a_report_and_stores_nothing_without_save() throws Exception {
        Path article = sampleArticle();
        Path out = dir.resolve("drafts");

        CliRun run = CliRun.of("translate", "--in", article.toString(), "--to", "vi,ru", "--summary", "--out", out.toString(),
                "--spring.datasource.url=" + databaseUrl, "--transdesk.samples.load-on-empty-database=true");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out.resolve("vi.md"))).isEqualTo(SummarizeCommandTest.golden("translate-sample-vi.golden.md"));
        assertThat(Files.readString(out.resolve("summary.md"))).isEqualTo(SummarizeCommandTest.golden("translate-sample-summary.golden.md"));
        assertThat(out.resolve("ru.md")).exists();
        JsonNode report = JsonRows.JSON.readTree(out.resolve("report.json").toFile());
        assertThat(report.get("saved").asBoolean()).isFalse();
        assertThat(report.get("article").get("title").asString()).isEqualTo("ASEAN, Russia look to further deepen strategic partnership");
        assertThat(report.get("outputs")).hasSize(3);
        JsonNode vi = report.get("outputs").get(0);
        assertThat(vi.get("output").asString()).isEqualTo("vi");
        assertThat(vi.get("status").asString()).isEqualTo("drafted");
        assertThat(vi.get("segments").asInt()).isEqualTo(12);
        assertThat(vi.get("provenance").get("engine").asString()).isEqualTo("offline");
        assertThat(vi.get("usage").has("latencyMs")).isTrue();
        assertThat(vi.get("qa").isArray()).isTrue();
        assertThat(run.err()).contains("translate: vi 12/12", "translate: summary drafted by offline");
        assertThat(count("article")).as("only the sample loaded into the empty database").isEqualTo(1);
        assertThat(count("draft")).isZero();
    }

    @Test
    void with_save_stores_the_drafts_it_could_produce_and_reports_an_unconfigured_route_with_exit_code_1() throws Exception {
        Path article = sampleArticle();
        Path out = dir.resolve("saved");

        CliRun run = CliRun.of("translate", "--in", article.toString(), "--to", "vi", "--summary", "--route", "summary=nowhere",
                "--save", "--out", out.toString(), "--spring.datasource.url=" + databaseUrl);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(TransdeskCli.FINDINGS);
        assertThat(run.err()).contains("summary failed: The route for 'summary' names the engine 'nowhere'");
        JsonNode report = JsonRows.JSON.readTree(out.resolve("report.json").toFile());
        assertThat(report.get("saved").asBoolean()).isTrue();
        assertThat(report.get("outputs").get(1).get("status").asString()).isEqualTo("failed");
        assertThat(out.resolve("summary.md")).doesNotExist();
        assertThat(count("article")).isEqualTo(1);
        assertThat(count("draft where output_key = 'vi' and updated_by = 'cli'")).isEqualTo(1);
        assertThat(count("draft where output_key = 'summary'")).isZero();
    }

    @Test
    void any_target_and_summaries_in_several_languages_the_articles_own_being_its_summary() throws Exception {
        Path article = sampleArticle();
        Path out = dir.resolve("editions");

        CliRun run = CliRun.of("translate", "--in", article.toString(), "--to", "vi,zh", "--summary", "en,vi", "--out", out.toString(),
                "--spring.datasource.url=" + databaseUrl);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(TransdeskCli.FINDINGS);
        JsonNode outputs = JsonRows.JSON.readTree(out.resolve("report.json").toFile()).get("outputs");
        assertThat(outputs).hasSize(4);
        assertThat(outputs.get(0).get("output").asString()).isEqualTo("vi");
        assertThat(outputs.get(1).get("output").asString()).isEqualTo("zh");
        assertThat(outputs.get(1).get("status").asString()).isEqualTo("drafted");
        assertThat(outputs.get(2).get("output").asString()).as("English is the article's language: its summary").isEqualTo("summary");
        assertThat(outputs.get(2).get("status").asString()).isEqualTo("drafted");
        assertThat(outputs.get(3).get("output").asString()).isEqualTo("summary-vi");
        assertThat(outputs.get(3).get("status").asString()).isEqualTo("failed");
        assertThat(run.err()).contains("summary-vi failed: The offline engine cannot write a summary in Vietnamese")
                .contains("--summary-from-draft takes it from the translation this command drafts");
        assertThat(out.resolve("zh.md")).exists();
        assertThat(out.resolve("summary.md")).exists();
    }

    @Test
    void offline_an_editions_summary_is_taken_from_the_translation_drafted_with_it_when_asked() throws Exception {
        Path article = sampleArticle();
        Path out = dir.resolve("from-draft");

        CliRun run = CliRun.of("translate", "--in", article.toString(), "--to", "vi", "--summary", "vi,ru", "--summary-from-draft",
                "--out", out.toString(), "--spring.datasource.url=" + databaseUrl, "--transdesk.samples.load-on-empty-database=true");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(TransdeskCli.FINDINGS);
        JsonNode outputs = JsonRows.JSON.readTree(out.resolve("report.json").toFile()).get("outputs");
        assertThat(outputs.valueStream().map(o -> o.get("output").asString() + " " + o.get("status").asString()).toList())
                .containsExactly("vi drafted", "summary-vi drafted", "summary-ru failed");
        String vi = Files.readString(out.resolve("vi.md"));
        String summary = Files.readString(out.resolve("summary-vi.md"));
        String firstSentence = summary.lines().filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("---") && !l.contains(": "))
                .findFirst().orElseThrow();
        assertThat(vi).as("extracted from this run's Vietnamese translation").contains(firstSentence.substring(0, Math.min(30, firstSentence.length())));
        assertThat(run.err()).contains("summary-ru failed: --summary-from-draft takes summary-ru from the ru translation, which this command did not draft");
    }

    @Test
    void translate_never_resets_an_output_another_run_holds_in_a_shared_database() throws Exception {
        Path article = sampleArticle();
        CliRun saved = CliRun.of("translate", "--in", article.toString(), "--to", "vi", "--save", "--out", dir.resolve("first").toString(),
                "--spring.datasource.url=" + databaseUrl);
        assertThat(saved.exitCode()).as(saved.err()).isZero();
        // a web node is drafting the Vietnamese output (here a claim too old to carry a lease, which a web node would reset)
        execute("update draft set state = 'DRAFTING' where output_key = 'vi'");

        CliRun again = CliRun.of("translate", "--in", article.toString(), "--to", "ru", "--out", dir.resolve("second").toString(),
                "--spring.datasource.url=" + databaseUrl);

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(count("draft where output_key = 'vi' and state = 'DRAFTING'")).as("the command line left it alone").isEqualTo(1);
    }

    @Test
    void a_binary_file_is_refused_by_the_import_with_exit_code_2_and_nothing_written() throws Exception {
        Path binary = dir.resolve("photo.txt");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10, 'J', 'F', 'I', 'F', 0});
        Path out = dir.resolve("none");

        CliRun run = CliRun.of("translate", "--in", binary.toString(), "--out", out.toString(), "--save",
                "--spring.datasource.url=" + databaseUrl);

        assertThat(run.exitCode()).isEqualTo(TransdeskCli.BAD_INPUT);
        assertThat(run.err()).contains("looks like a binary file");
        assertThat(out).doesNotExist();
        assertThat(count("article")).isZero();
    }

    @Test
    void bad_usage_is_refused_before_any_context_starts() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path article = sampleArticle();

        CliRun onEmpty = CliRun.of("translate", "--in", empty.toString());
        CliRun badLanguage = CliRun.of("translate", "--in", article.toString(), "--to", "vi,d3");
        CliRun badRoute = CliRun.of("translate", "--in", article.toString(), "--route", "fr=openai");
        CliRun notAProperty = CliRun.of("translate", "--in", article.toString(), "--fast");
        CliRun help = CliRun.of("translate", "--help");

        assertThat(onEmpty.exitCode()).isEqualTo(TransdeskCli.BAD_INPUT);
        assertThat(onEmpty.err()).contains("is empty");
        assertThat(badLanguage.exitCode()).isEqualTo(TransdeskCli.BAD_INPUT);
        assertThat(badLanguage.err()).contains("unknown target language 'd3'");
        assertThat(badRoute.exitCode()).isEqualTo(TransdeskCli.BAD_INPUT);
        assertThat(badRoute.err()).contains("--route fr=openai");
        assertThat(notAProperty.exitCode()).isEqualTo(TransdeskCli.BAD_INPUT);
        assertThat(notAProperty.err()).contains("Unknown option: '--fast'");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--in=FILE", "--to=LANG", "--summary", "--out=DIR", "--save", "--route=OUTPUT=PROVIDER");
    }

    private Path sampleArticle() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/samples/asean-russia-2021-04-15.txt")) {
            Path file = dir.resolve("asean-russia-2021-04-15.txt");
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(databaseUrl, "sa", "")) {
            db.createStatement().executeUpdate(sql);
        }
    }

    private int count(String tableAndCondition) throws SQLException {
        try (Connection db = DriverManager.getConnection(databaseUrl, "sa", "");
             ResultSet rows = db.createStatement().executeQuery("select count(*) from " + tableAndCondition)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}

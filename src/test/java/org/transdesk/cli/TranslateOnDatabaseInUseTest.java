package org.transdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An embedded H2 file database is open in one process only: while the web app holds it, the command
 * line must say so in one line an operator can act on (exit code 2), not fail with a stack trace.
 */
class TranslateOnDatabaseInUseTest {

    @TempDir
    Path dir;

    @Test
    void translate_save_on_an_h2_file_the_app_holds_exits_2_with_one_line_naming_the_file_and_what_to_do() throws Exception {
        Path database = dir.resolve("data").resolve("transdesk");
        String url = "jdbc:h2:file:" + database + ";AUTO_SERVER=FALSE";
        Path article = sampleArticle();
        Path out = dir.resolve("drafts");

        CliRun run;
        try (HeldH2Database heldByTheApp = HeldH2Database.open(url)) {
            run = CliRun.of("translate", "--in", article.toString(), "--to", "vi", "--save", "--out", out.toString(),
                    "--spring.datasource.url=" + url);
        }

        assertThat(run.exitCode()).as(run.err()).isEqualTo(TransdeskCli.BAD_INPUT);
        assertThat(run.err().lines().toList()).as(run.err()).containsExactly(
                "translate: starting (no web server, saving to the database)",
                "translate: the database " + database + ".mv.db is in use by another process (the web app?):"
                        + " stop it first, or point the app and this command at a PostgreSQL database"
                        + " (--spring.datasource.url=jdbc:postgresql://...; docs/deployment.md)");
        assertThat(out).doesNotExist();
    }

    private Path sampleArticle() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/samples/asean-russia-2021-04-15.txt")) {
            return Files.write(dir.resolve("asean-russia-2021-04-15.txt"), in.readAllBytes());
        }
    }
}

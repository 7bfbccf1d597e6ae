package org.transdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.transdesk.cli.TransdeskCli;
import org.transdesk.llm.internal.settings.ModelSettingsService;
import org.transdesk.llm.internal.settings.ProviderForm;

/**
 * Secrets at rest through real starts of the app on an embedded H2 file (issue #13): the database user
 * was {@code sa} with an empty password for every new database; now a new database gets a random
 * password the app and the command line both use, while a database an older version created with the
 * empty password still opens. Neither the operator's secret key, a provider's API key nor the database
 * password reaches the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsAtRestStartTest {

    @Test
    void a_new_h2_database_gets_a_password_that_the_app_and_the_command_line_use_and_no_secret_reaches_the_log(CapturedOutput output)
            throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "h2-password-new-");
        Path database = dir.resolve("data").resolve("transdesk");
        String url = "jdbc:h2:file:" + database;
        String secretKey = java.util.Base64.getEncoder().encodeToString(UUID.randomUUID().toString().substring(0, 32).getBytes());
        String apiKey = "sk-never-logged-" + UUID.randomUUID();

        try (ConfigurableApplicationContext app = start(url, "--transdesk.secret-key=" + secretKey)) {
            signInAsAdmin();
            app.getBean(ModelSettingsService.class).saveProvider(new ProviderForm("logged", "openai", "http://127.0.0.1:9/v1", apiKey, "m",
                    0.2, 30, 2, null, null));
        } finally {
            SecurityContextHolder.clearContext();
        }

        Path secrets = dir.resolve("data").resolve("secrets.properties");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets))).isEqualTo("rw-------");
        Properties entries = entries(secrets);
        String password = entries.getProperty("h2.transdesk.password");
        assertThat(password).as("the generated database password").isNotBlank().hasSizeGreaterThanOrEqualTo(24);
        assertThat(entries).as("the operator gave the secret key: no key file entry").doesNotContainKey("secret-key");
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close()).isInstanceOf(SQLException.class)
                .hasMessageContaining("Wrong user name or password");
        try (Connection db = DriverManager.getConnection(url, "sa", password);
             ResultSet key = db.createStatement().executeQuery("select api_key from llm_provider where id = 'logged'")) {
            assertThat(key.next()).isTrue();
            assertThat(key.getString(1)).startsWith("v1:").doesNotContain(apiKey);
        }

        // the command line opens the same file with the same configuration
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TransdeskCli.run(new PrintWriter(out, true), new PrintWriter(err, true), "translate", "--in", sampleArticle(dir).toString(),
                "--to", "vi", "--save", "--out", dir.resolve("drafts").toString(), "--spring.datasource.url=" + url,
                "--transdesk.secret-key=" + secretKey);
        assertThat(code).as(err.toString()).isZero();

        assertThat(output).contains("encrypted with the operator's key", "created with a random password, kept as h2.transdesk.password");
        assertThat(output.getAll() + out + err).doesNotContain(secretKey).doesNotContain(apiKey).doesNotContain(password);
    }

    @Test
    void an_h2_database_an_older_version_created_with_the_empty_password_still_opens_and_the_log_says_how_to_give_it_one(
            CapturedOutput output) throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "h2-password-old-");
        String url = "jdbc:h2:file:" + dir.resolve("data").resolve("transdesk");
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            // the database file as an older version created it: user sa, empty password
            db.createStatement().execute("create schema made_by_an_older_version");
        }

        try (ConfigurableApplicationContext app = start(url)) {
            assertThat(app.getBean(JdbcClient.class).sql("select count(*) from \"flyway_schema_history\" where \"success\"").query(Integer.class).single()).isPositive();
        }

        assertThat(output).contains("has no password", "it is opened as before", "docs/security.md");
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            assertThat(db.isValid(1)).isTrue();
        }
        Path secrets = dir.resolve("data").resolve("secrets.properties");
        assertThat(Files.exists(secrets) ? entries(secrets) : new Properties()).doesNotContainKey("h2.transdesk.password");
    }

    private static ConfigurableApplicationContext start(String url, String... more) {
        String[] args = {"--spring.datasource.url=" + url, "--transdesk.samples.load-on-empty-database=false",
                "--vaadin.devmode.devTools.enabled=false", "--server.port=0"};
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(more)).toArray(String[]::new);
        return new SpringApplication(Application.class).run(all);
    }

    /** After start: Vaadin installs its own security-context strategy while the application starts. */
    private static void signInAsAdmin() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("admin", "n/a",
                AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_EDITOR", "ROLE_REVIEWER")));
    }

    private static Path sampleArticle(Path dir) throws IOException {
        try (InputStream in = SecretsAtRestStartTest.class.getResourceAsStream("/samples/asean-russia-2021-04-15.txt")) {
            return Files.write(dir.resolve("article.txt"), in.readAllBytes());
        }
    }

    private static Properties entries(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        return properties;
    }
}

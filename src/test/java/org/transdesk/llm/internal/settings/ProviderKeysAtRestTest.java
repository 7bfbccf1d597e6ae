package org.transdesk.llm.internal.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.transdesk.base.SecretCipher;
import org.transdesk.base.UserFacingException;
import org.transdesk.llm.LanguageModels;
import org.transdesk.llm.SourceSegment;
import org.transdesk.llm.TranslationRequest;
import org.transdesk.support.AlsoOnPostgres;
import org.transdesk.support.TestDatabase;

/**
 * Provider API keys at rest (issue #13): a key saved under Model settings was stored in plain text
 * ({@code strings data/*.mv.db} found it). On an H2 file database built by the real migrations (and on
 * PostgreSQL in the PostgreSQL runs): no row and no byte of the database file holds the key; keys an
 * older version stored in plain text are encrypted at start; a key that this secret key cannot decrypt
 * is reported for its provider ("enter the key again"), never sent.
 */
@SpringBootTest(properties = "transdesk.samples.load-on-empty-database=false")
@AlsoOnPostgres
@WithMockUser(username = "admin", roles = {"EDITOR", "REVIEWER", "ADMIN"})
class ProviderKeysAtRestTest {

    static final Path DATABASE = database();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DATABASE);
    }

    @Autowired
    ModelSettingsService settings;
    @Autowired
    CurrentLlmSettings current;
    @Autowired
    PlainKeyEncryption plainKeyEncryption;
    @Autowired
    LanguageModels models;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void a_saved_key_is_in_no_row_of_any_table_and_in_no_byte_of_the_database_file() throws Exception {
        String key = "sk-at-rest-" + UUID.randomUUID();
        settings.saveProvider(ProviderKeyEndpointTest.form("rest", "openai", "http://127.0.0.1:9/v1", key, "m"));

        assertThat(current.get().providers().get("rest").apiKey()).isEqualTo(key);
        assertThat(storedKey("rest")).startsWith("v1:").doesNotContain(key);
        assertThat(cellsContaining(key)).isEmpty();
        if (!TestDatabase.postgres()) {
            jdbc.sql("checkpoint sync").update();
            assertThat(fileContains(key)).as("strings " + DATABASE + ".mv.db finds the key").isFalse();
        }
    }

    @Test
    void keys_an_older_version_stored_in_plain_text_are_encrypted_at_start_and_still_work() throws Exception {
        String key = "sk-legacy-plain-" + UUID.randomUUID();
        insertAsAnOlderVersionDid("legacy", key);
        if (!TestDatabase.postgres()) {
            jdbc.sql("checkpoint sync").update();
            assertThat(fileContains(key)).as("the older version's plain-text key is in the file").isTrue();
        }

        plainKeyEncryption.afterSingletonsInstantiated();
        current.reload();

        assertThat(storedKey("legacy")).startsWith("v1:").doesNotContain(key);
        assertThat(cellsContaining(key)).isEmpty();
        assertThat(current.get().providers().get("legacy").apiKey()).isEqualTo(key);
        if (!TestDatabase.postgres()) {
            // H2 keeps overwritten rows in unused pages of its file: the start rewrote it
            jdbc.sql("checkpoint sync").update();
            assertThat(fileContains(key)).as("strings " + DATABASE + ".mv.db finds the old plain-text key").isFalse();
        }
    }

    @Test
    void a_key_encrypted_with_another_secret_key_is_reported_for_its_provider_and_never_sent() {
        SecretCipher other = SecretCipher.withKey(java.util.Base64.getEncoder().encodeToString(new byte[32]));
        insertAsAnOlderVersionDid("foreign", other.encrypt("sk-foreign-" + UUID.randomUUID(), SettingsStore.keyContext("foreign")));
        current.reload();
        String expected = "cannot be decrypted with this secret key; enter the key again";

        assertThat(current.get().providers().get("foreign").apiKey()).isNull();
        assertThat(current.keyProblem("foreign")).hasValueSatisfying(m -> assertThat(m).contains("'foreign'", expected));
        assertThat(settings.providers()).filteredOn(r -> r.id().equals("foreign")).singleElement()
                .satisfies(row -> assertThat(row.keyProblem()).contains(expected));
        assertThatThrownBy(() -> settings.test("foreign")).isInstanceOf(UserFacingException.class).hasMessageContaining(expected);
        assertThatThrownBy(() -> settings.serverModels("foreign")).isInstanceOf(UserFacingException.class).hasMessageContaining(expected);
        // "keep the current key" cannot keep it
        assertThatThrownBy(() -> settings.saveProvider(ProviderKeyEndpointTest.form("foreign", "openai", "http://127.0.0.1:9/v1", "", "m2")))
                .isInstanceOf(UserFacingException.class).hasMessageContaining(expected);
        // a route to it fails with the same reason instead of calling the server without a key
        settings.setRoute("vi", "foreign");
        try {
            assertThatThrownBy(() -> models.translate(new TranslationRequest("vi", "en", "vi", List.of(new SourceSegment("1", "Hello."))),
                    org.transdesk.llm.GenerationListener.NONE)).isInstanceOf(UserFacingException.class).hasMessageContaining(expected);
        } finally {
            settings.setRoute("vi", "offline");
        }

        // one unreadable key does not take the other providers down, whatever its type needs to be built
        jdbc.sql("update llm_provider set type = ? where id = 'foreign'").param("anthropic").update();
        settings.saveProvider(ProviderKeyEndpointTest.form("readable", "openai", "http://127.0.0.1:9/v1", "sk-readable", "m"));
        settings.setRoute("ru", "readable");
        try {
            assertThat(models.engineFor("ru").engineId()).isEqualTo("readable");
        } finally {
            settings.setRoute("ru", "offline");
        }

        settings.saveProvider(ProviderKeyEndpointTest.form("foreign", "openai", "http://127.0.0.1:9/v1", "sk-entered-again", "m2"));
        assertThat(current.keyProblem("foreign")).isEmpty();
        assertThat(current.get().providers().get("foreign").apiKey()).isEqualTo("sk-entered-again");
    }

    private void insertAsAnOlderVersionDid(String id, String apiKey) {
        jdbc.sql("""
                insert into llm_provider (id, type, base_url, api_key, model, streaming, updated_by, updated_at)
                values (?, 'openai', 'http://127.0.0.1:9/v1', ?, 'm', true, 'admin', ?)""")
                .params(id, apiKey, Timestamp.from(Instant.now())).update();
    }

    private String storedKey(String id) {
        return jdbc.sql("select api_key from llm_provider where id = ?").param(id).query(String.class).single();
    }

    /** Every text cell of every table of the app's schema that contains {@code secret}: table.column. */
    private List<String> cellsContaining(String secret) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).as("tables of " + c.getSchema()).isNotEmpty();
            for (String table : tables) {
                try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("select * from \"" + table + "\"")) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            Object value = rows.getObject(i);
                            String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1) : String.valueOf(value);
                            if (text.contains(secret)) {
                                found.add(table + "." + rows.getMetaData().getColumnName(i));
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private static boolean fileContains(String secret) throws IOException {
        byte[] file = Files.readAllBytes(Path.of(DATABASE + ".mv.db"));
        return new String(file, StandardCharsets.ISO_8859_1).contains(secret);
    }

    private static Path database() {
        try {
            Path target = Path.of("target");
            Files.createDirectories(target);
            return Files.createTempDirectory(target.toAbsolutePath(), "keys-at-rest-").resolve("data").resolve("transdesk");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

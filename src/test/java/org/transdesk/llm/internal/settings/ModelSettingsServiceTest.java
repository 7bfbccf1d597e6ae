package org.transdesk.llm.internal.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.base.UserFacingException;
import org.transdesk.llm.LanguageModels;
import org.transdesk.llm.internal.remote.ScriptedModelServer;
import org.transdesk.support.AlsoOnPostgres;

/** ADMIN settings in the database override the file; keys are stored but never shown; bad input stores nothing. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:model-settings;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false",
        "transdesk.llm.providers.filed.type=openai",
        "transdesk.llm.providers.filed.model=file-model",
        "transdesk.llm.providers.filed.base-url=http://127.0.0.1:9/v1",
        "transdesk.llm.providers.filed.api-key=sk-file-secret"})
@AlsoOnPostgres
class ModelSettingsServiceTest {

    static final ScriptedModelServer SERVER = startServer();

    @Autowired
    ModelSettingsService settings;
    @Autowired
    LanguageModels models;
    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void stopServer() {
        SERVER.close();
    }

    static ProviderForm form(String id, String type, String baseUrl, String key, String model) {
        return new ProviderForm(id, type, baseUrl, key, model, 0.2, 30, 2, null, null);
    }

    @Test
    @WithMockUser(username = "admin", roles = {"EDITOR", "REVIEWER", "ADMIN"})
    void a_saved_provider_and_route_switch_an_output_without_a_restart() {
        settings.saveProvider(form("lab", "openai", SERVER.baseUrl(), "sk-lab-secret", "lab-model"));
        settings.setRoute("ru", "lab");

        assertThat(models.engineFor("ru").engineId()).isEqualTo("lab");
        assertThat(models.engineFor("ru").model()).isEqualTo("openai/lab-model");
        assertThat(models.engineFor("vi").engineId()).isEqualTo("offline");
        assertThat(settings.providers()).anySatisfy(row -> {
            assertThat(row.id()).isEqualTo("lab");
            assertThat(row.keySet()).isTrue();
            assertThat(row.toString()).doesNotContain("sk-lab-secret");
        });
        assertThat(jdbc.sql("select detail from audit_event where action like 'llm.%'").query(String.class).list())
                .isNotEmpty().noneMatch(d -> d.contains("sk-lab-secret"));
    }

    @Test
    @WithMockUser(username = "admin", roles = {"EDITOR", "REVIEWER", "ADMIN"})
    void test_shows_latency_or_the_exact_error() {
        settings.saveProvider(form("probe", "openai", SERVER.baseUrl(), null, "probe-model"));
        SERVER.script(r -> ScriptedModelServer.Answer.text("OK"));

        assertThat(settings.test("probe").reply()).isEqualTo("OK");
        assertThat(settings.serverModels("probe")).containsExactly("another-model", "test-model");

        SERVER.script(r -> new ScriptedModelServer.Answer.Status(404, Map.of(), "{\"error\":{\"message\":\"model 'probe-model' not found\"}}"));
        assertThatThrownBy(() -> settings.test("probe")).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("HTTP 404").hasMessageContaining("model 'probe-model' not found");
    }

    @Test
    @WithMockUser(username = "admin", roles = {"EDITOR", "REVIEWER", "ADMIN"})
    void bad_input_is_refused_and_stores_nothing() {
        long before = jdbc.sql("select count(*) from llm_provider").query(Long.class).single();

        assertThatThrownBy(() -> settings.saveProvider(form("x", "mistral", null, null, "m"))).hasMessageContaining("Type must be one of");
        assertThatThrownBy(() -> settings.saveProvider(form("offline", "openai", null, null, "m"))).hasMessageContaining("not 'offline'");
        assertThatThrownBy(() -> settings.saveProvider(form("y", "openai", "ftp://host", null, "m"))).hasMessageContaining("Base URL");
        assertThatThrownBy(() -> settings.saveProvider(form("z", "openai", null, null, " "))).hasMessageContaining("Model is required");
        assertThatThrownBy(() -> settings.setRoute("vi", "nowhere")).hasMessageContaining("No provider 'nowhere'");
        assertThatThrownBy(() -> settings.setRoute("fr", "offline")).hasMessageContaining("Unknown route 'fr'");

        assertThat(jdbc.sql("select count(*) from llm_provider").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "admin", roles = {"EDITOR", "REVIEWER", "ADMIN"})
    void overriding_a_file_provider_without_a_key_keeps_the_files_key() {
        settings.saveProvider(form("filed", "openai", "http://127.0.0.1:9/v1", "", "other-model"));

        assertThat(settings.providers()).filteredOn(r -> r.id().equals("filed")).singleElement().satisfies(r -> {
            assertThat(r.model()).isEqualTo("other-model");
            assertThat(r.keySet()).isTrue();
            assertThat(r.origin()).isEqualTo("settings (database)");
        });
        assertThat(jdbc.sql("select api_key from llm_provider where id = 'filed'").query(String.class).optional()).isEmpty();
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void an_editor_cannot_change_or_see_model_settings() {
        assertThatThrownBy(() -> settings.saveProvider(form("e", "openai", null, null, "m"))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> settings.providers()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> settings.setRoute("vi", "offline")).isInstanceOf(AuthorizationDeniedException.class);
    }

    private static ScriptedModelServer startServer() {
        try {
            return new ScriptedModelServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

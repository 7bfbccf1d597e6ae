package org.transdesk.llm.internal.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.base.UserFacingException;
import org.transdesk.support.AlsoOnPostgres;

/**
 * A stored API key goes only to the endpoint it was given for: editing only a provider's base URL,
 * key left blank ("keep the current key"), then Test, sent {@code Authorization: Bearer sk-…} to the
 * new host. Changing the base URL or the type now requires the key again.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:model-settings;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false",
        "transdesk.llm.providers.filed.type=openai",
        "transdesk.llm.providers.filed.model=file-model",
        "transdesk.llm.providers.filed.base-url=http://127.0.0.1:9/v1",
        "transdesk.llm.providers.filed.api-key=sk-file-secret"})
@AlsoOnPostgres
@WithMockUser(username = "admin", roles = {"EDITOR", "REVIEWER", "ADMIN"})
class ProviderKeyEndpointTest {

    @Autowired
    ModelSettingsService settings;
    @Autowired
    CurrentLlmSettings current;

    static ProviderForm form(String id, String type, String baseUrl, String key, String model) {
        return new ProviderForm(id, type, baseUrl, key, model, 0.2, 30, 2, null, null);
    }

    @Test
    void a_new_base_url_with_the_key_left_blank_is_refused_and_the_key_stays_with_the_old_address() {
        settings.saveProvider(form("moved", "openai", "http://127.0.0.1:9/v1", "sk-moved-secret", "m"));

        assertThatThrownBy(() -> settings.saveProvider(form("moved", "openai", "http://attacker.example:8080/v1", "", "m")))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("enter its API key again");
        assertThatThrownBy(() -> settings.saveProvider(form("moved", "anthropic", "http://127.0.0.1:9/v1", null, "m")))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("enter its API key again");

        var provider = current.get().providers().get("moved");
        assertThat(provider.baseUrl()).isEqualTo("http://127.0.0.1:9/v1");
        assertThat(provider.apiKey()).isEqualTo("sk-moved-secret");
    }

    @Test
    void the_same_address_with_the_key_left_blank_keeps_the_key_and_a_new_address_takes_a_new_key() {
        settings.saveProvider(form("kept", "openai", "http://127.0.0.1:9/v1", "sk-kept-secret", "m1"));
        settings.saveProvider(form("kept", "openai", "http://127.0.0.1:9/v1", "", "m2"));
        assertThat(current.get().providers().get("kept").apiKey()).isEqualTo("sk-kept-secret");

        settings.saveProvider(form("kept", "openai", "http://127.0.0.1:10/v1", "sk-new-host-secret", "m2"));
        assertThat(current.get().providers().get("kept").apiKey()).isEqualTo("sk-new-host-secret");
    }

    @Test
    void the_configuration_files_key_is_not_sent_to_a_base_url_an_admin_changed() {
        assertThatThrownBy(() -> settings.saveProvider(form("filed", "openai", "http://attacker.example:8080/v1", "", "file-model")))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("enter its API key again");
        assertThat(current.get().providers().get("filed").apiKey()).isEqualTo("sk-file-secret");
    }
}

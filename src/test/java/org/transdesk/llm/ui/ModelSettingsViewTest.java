package org.transdesk.llm.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.llm.LanguageModels;
import org.transdesk.llm.internal.settings.ProviderRow;

/** The view is proxied by method security (@RolesAllowed), so the test finds components by label, as an admin would. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:model-settings-view;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false"})
@WithMockUser(username = "admin", roles = {"EDITOR", "REVIEWER", "ADMIN"})
class ModelSettingsViewTest extends SpringBrowserlessTest {

    @Autowired
    LanguageModels models;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private TextField field(String label) {
        return $(TextField.class).withLabel(label).single();
    }

    @Test
    void an_admin_adds_a_provider_sees_its_key_masked_and_routes_russian_to_it() {
        navigate(ModelSettingsView.class);
        PasswordField apiKey = $(PasswordField.class).withLabel("API key").single();

        test(field("Id")).setValue("vllm");
        test(field("Base URL")).setValue("http://gpu-box:8000/v1");
        test(apiKey).setValue("sk-typed-in-secret");
        test(field("Model")).setValue("qwen2.5-14b");
        test($(Button.class).withText("Save provider").single()).click();

        assertThat(apiKey.getValue()).isEmpty();
        @SuppressWarnings("unchecked")
        var grid = test((Grid<ProviderRow>) $(Grid.class).single());
        assertThat(grid.getRow(0).id()).isEqualTo("vllm");
        assertThat(grid.getCellText(0, 4)).isEqualTo("••••••");

        @SuppressWarnings("unchecked")
        Select<String> ruRoute = $(Select.class).withLabel("Route for Russian (ru)").single();
        test(ruRoute).selectItem("vllm");
        test($(Button.class).withText("Save routes").single()).click();

        assertThat(models.engineFor("ru").engineId()).isEqualTo("vllm");
        assertThat(models.engineFor("vi").engineId()).isEqualTo("offline");
    }

    @Test
    void a_route_set_back_to_use_default_is_saved_as_the_default() {
        navigate(ModelSettingsView.class);
        test(field("Id")).setValue("gpu");
        test(field("Base URL")).setValue("http://gpu-box:8000/v1");
        test(field("Model")).setValue("qwen2.5-14b");
        test($(Button.class).withText("Save provider").single()).click();
        @SuppressWarnings("unchecked")
        Select<String> viRoute = $(Select.class).withLabel("Route for Vietnamese (vi)").single();
        test(viRoute).selectItem("gpu");
        test($(Button.class).withText("Save routes").single()).click();
        assertThat(models.engineFor("vi").engineId()).isEqualTo("gpu");

        viRoute.setValue(null); // "(use default)"
        test($(Button.class).withText("Save routes").single()).click();

        assertThat(models.engineFor("vi").engineId()).isEqualTo("offline");
        assertThat(viRoute.getValue()).isNull();
    }

    @Test
    void an_invalid_provider_shows_the_reason_and_is_not_listed() {
        navigate(ModelSettingsView.class);

        test(field("Id")).setValue("broken");
        test(field("Base URL")).setValue("not a url");
        test(field("Model")).setValue("m");
        test($(Button.class).withText("Save provider").single()).click();

        assertThat(test($(Notification.class).last()).getText()).contains("Base URL must be an http:// or https:// address");
        @SuppressWarnings("unchecked")
        var grid = test((Grid<ProviderRow>) $(Grid.class).single());
        for (int row = 0; row < grid.size(); row++) {
            assertThat(grid.getRow(row).id()).isNotEqualTo("broken");
        }
    }

    @Test
    void a_stored_key_this_secret_key_cannot_decrypt_is_shown_as_such_never_as_set() {
        jdbc.sql("""
                insert into llm_provider (id, type, base_url, api_key, model, streaming, updated_by, updated_at)
                values ('foreign', 'openai', 'http://127.0.0.1:9/v1', ?, 'm', true, 'admin', current_timestamp)""")
                .param(org.transdesk.base.SecretCipher.withKey(java.util.Base64.getEncoder().encodeToString(new byte[32]))
                        .encrypt("sk-under-another-key", "llm_provider.api_key:foreign")).update();
        jdbc.sql("update change_counter set version = version + 1 where name = 'llm.settings'").update();

        try {
            navigate(ModelSettingsView.class);

            @SuppressWarnings("unchecked")
            var grid = test((Grid<ProviderRow>) $(Grid.class).single());
            int row = 0;
            while (!grid.getRow(row).id().equals("foreign")) {
                row++;
            }
            assertThat(grid.getCellText(row, 4)).isEqualTo("cannot be decrypted: enter it again");
        } finally {
            // the other tests of this class share the database and read the grid's first row
            jdbc.sql("delete from llm_provider where id = 'foreign'").update();
            jdbc.sql("update change_counter set version = version + 1 where name = 'llm.settings'").update();
        }
    }
}

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
        Select<String> ruRoute = $(Select.class).withLabel("Route for ru").single();
        test(ruRoute).selectItem("vllm");
        test($(Button.class).withText("Save routes").single()).click();

        assertThat(models.engineFor("ru").engineId()).isEqualTo("vllm");
        assertThat(models.engineFor("vi").engineId()).isEqualTo("offline");
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
}

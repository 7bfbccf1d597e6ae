package org.transdesk.memory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.memory.TranslationMemory;
import org.transdesk.memory.TranslationUnit;

/** An admin sees the units that are not translations and deletes the selected ones. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:glossary-view;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false"})
@WithMockUser(username = "ada", roles = {"EDITOR", "REVIEWER", "ADMIN"})
class MemoryCleaningViewTest extends SpringBrowserlessTest {

    @Autowired
    TranslationMemory memory;

    @Test
    @SuppressWarnings("unchecked")
    void an_admin_deletes_the_selected_units() {
        String english = "Heavy rain is forecast for the northern provinces until the end of the week.";
        memory.addAll(List.of(new TranslationUnit("en", "vi", english, english, "paragraph", "approved vi v1 of article 1", 1L)));

        navigate(MemoryCleaningView.class);
        Grid<org.transdesk.memory.MemoryCleaning.Suspect> grid = find(Grid.class).single();
        var row = grid.getListDataView().getItems().filter(s -> s.sourceText().equals(english)).findFirst().orElseThrow();
        grid.select(row);
        test(find(Button.class).withText("Delete selected").single()).click();

        assertThat(grid.getListDataView().getItems()).noneMatch(s -> s.sourceText().equals(english));
        assertThat(memory.exact(english, "en", "vi")).isEmpty();
        assertThat(find(Paragraph.class).all()).anySatisfy(p -> assertThat(p.getText()).startsWith("Deleted 1 unit."));
    }
}

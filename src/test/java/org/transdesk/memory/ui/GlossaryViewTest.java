package org.transdesk.memory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.memory.Glossary;
import org.transdesk.memory.GlossaryTerm;

/** A reviewer adds a term in the glossary view; a duplicate is refused with a visible message. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:glossary-view;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false"})
@WithMockUser(username = "rita", roles = {"EDITOR", "REVIEWER"})
class GlossaryViewTest extends SpringBrowserlessTest {

    @Autowired
    Glossary glossary;

    private TextField field(String label) {
        return find(TextField.class).withLabel(label).single();
    }

    private Button button(String text) {
        return find(Button.class).withText(text).single();
    }

    @Test
    void aReviewerAddsATermAndADuplicateIsRefusedOnScreen() {
        // the view is a method-security proxy, so its fields are read through component queries
        navigate(GlossaryView.class);

        test(field("Term (en)")).setValue("Hue");
        test(field("Vietnamese")).setValue("Huế");
        test(button("Save term")).click();

        assertThat(glossary.all("en")).extracting(GlossaryTerm::term).contains("Hue");
        assertThat(find(Notification.class).all()).anySatisfy(n -> assertThat(test(n).getText()).isEqualTo("Saved \"Hue\""));

        test(button("New term")).click();
        test(field("Term (en)")).setValue("hue");
        test(field("Russian")).setValue("Хюэ");
        test(button("Save term")).click();

        assertThat(find(Notification.class).all()).anySatisfy(n -> assertThat(test(n).getText()).contains("already has the term"));
        assertThat(glossary.all("en")).extracting(GlossaryTerm::term).containsOnlyOnce("Hue");
    }
}

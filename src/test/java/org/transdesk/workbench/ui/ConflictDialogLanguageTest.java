package org.transdesk.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.transdesk.base.ui.Messages;
import org.transdesk.review.EditConflictException;

/**
 * Issue #15: the edit-conflict dialog tells a Russian editor in Russian who saved the paragraph meanwhile (on the old
 * code its first line was the exception's English message).
 */
class ConflictDialogLanguageTest {

    @AfterEach
    void leaveTheScreen() {
        UI.setCurrent(null);
    }

    @Test
    void a_russian_editor_reads_who_saved_meanwhile_in_russian() {
        UI ui = new UI();
        ui.setLocale(Messages.RUSSIAN);
        UI.setCurrent(ui);

        ConflictDialog dialog = new ConflictDialog(new EditConflictException(2, "Плотина стоила 40 млн.", 4, "anna", "Плотина стоила 40 миллионов."),
                text -> { }, () -> { });

        String first = dialog.getChildren().filter(Paragraph.class::isInstance).map(c -> ((Paragraph) c).getText()).findFirst().orElseThrow();
        assertThat(first).startsWith("anna сохранил(а) этот абзац, пока вы его правили.").doesNotContain("saved");
    }
}

package org.transdesk.article.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.support.IntegrationTest;
import org.transdesk.workbench.ui.WorkbenchView;

@IntegrationTest
@WithMockUser(username = "ana", roles = "EDITOR")
class ImportViewTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;

    @Test
    void pasting_an_article_already_in_the_library_offers_to_open_the_existing_one() {
        Article existing = articles.importText("date 2026-01-20 Dravik tunnel opens\nCars drove through.");
        ImportView view = navigate(ImportView.class);

        test(view.text).setValue("date 2026-01-20 Dravik tunnel opens\nThe first cars drove through at noon.");
        test(view.importText).click();

        assertThat(getCurrentView()).isSameAs(view); // old code imported it silently and opened the copy
        DuplicateDialog dialog = $(DuplicateDialog.class).single();
        test(dialog.openExisting).click();
        assertThat(getCurrentView()).isInstanceOf(WorkbenchView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("articles/" + existing.id());
        assertThat(articles.list("dravik tunnel")).hasSize(1);
    }

    @Test
    void the_editor_may_import_the_duplicate_as_a_new_article() {
        articles.importText("date 2026-01-21 Soren canal drained\nWork began.");
        ImportView view = navigate(ImportView.class);
        test(view.text).setValue("date 2026-01-21 Soren canal drained\nWork began.");
        test(view.importText).click();

        test($(DuplicateDialog.class).single().importAsNew).click();

        assertThat(getCurrentView()).isInstanceOf(WorkbenchView.class);
        assertThat(articles.list("soren canal")).hasSize(2);
    }

    @Test
    void pasting_an_article_opens_it_in_the_workbench() {
        ImportView view = navigate(ImportView.class);

        test(view.text).setValue("date 2024-06-01 Rain returns\nFarmers welcomed the rain.");
        test(view.importText).click();

        assertThat(getCurrentView()).isInstanceOf(WorkbenchView.class);
    }

    @Test
    void pasting_nothing_explains_what_is_needed_and_stays() {
        ImportView view = navigate(ImportView.class);

        test(view.importText).click();

        assertThat(test($(Notification.class).last()).getText()).contains("empty");
        assertThat(getCurrentView()).isSameAs(view);
    }
}

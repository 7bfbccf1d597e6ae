package org.transdesk.article.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.support.IntegrationTest;
import org.transdesk.workbench.ui.WorkbenchView;

@IntegrationTest
@WithMockUser(username = "ana", roles = "EDITOR")
class ImportViewTest extends SpringBrowserlessTest {

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

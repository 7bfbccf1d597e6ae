package org.transdesk.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.ArticleListing;
import org.transdesk.article.ArticleService;
import org.transdesk.support.IntegrationTest;

@IntegrationTest
@WithMockUser(username = "ana", roles = "EDITOR")
class LibraryViewTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;

    @Test
    void search_narrows_the_library_by_title() {
        articles.importText("Volcano erupts in the north\nAsh fell on villages.");
        LibraryView view = navigate(LibraryView.class);

        test(view.search).setValue("volcano erupts");

        assertThat(test(view.grid).size()).isEqualTo(1);
        ArticleListing row = test(view.grid).getRow(0);
        assertThat(row.title()).isEqualTo("Volcano erupts in the north");
    }
}

package org.transdesk.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.review.DraftingService;
import org.transdesk.support.Fixtures;
import org.transdesk.support.IntegrationTest;

/**
 * Issue #12 in the workbench: the source cell of a paragraph with formatting tags says what each
 * tag stands for, and typing a translation that drops one shows the {@code tags} error naming it
 * under that paragraph. Before, the tags were not known to the workbench and nothing was shown.
 */
@IntegrationTest
class TagsInTheEditorTest extends SpringBrowserlessTest {

    @Autowired ArticleService articles;
    @Autowired DraftingService drafting;

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void typing_a_translation_that_drops_a_tag_shows_the_tags_error_naming_it() {
        String html = "<html><body><article><h1>Dam " + System.nanoTime() + "</h1><p>The <b>new</b> dam is ready.</p></article></body></html>";
        Article article = articles.importFile("dam.html", html.getBytes(StandardCharsets.UTF_8));
        drafting.saveGenerated(article.id(), Output.RU, article.sourceRevision(), Fixtures.draft("Плотина", "⟦1⟧Новая⟦/1⟧ плотина готова."));
        Workbench.open(this, article);

        assertThat(find(Div.class).all()).filteredOn(d -> d.hasClassName("source-cell") && d.hasClassName("has-tags")).singleElement()
                .satisfies(d -> assertThat(d.getElement().getAttribute("title")).isEqualTo("Formatting tags, keep each in the translation: ⟦1⟧…⟦/1⟧ bold"));
        Workbench.type(Workbench.editor(this, Output.RU, 1), "Новая плотина готова.");

        SegmentTools tools = Workbench.tools(this, Output.RU, 1);
        assertThat(find(Div.class, tools.findings).all())
                .anyMatch(line -> "ERROR".equals(line.getElement().getAttribute("data-severity"))
                        && line.getElement().getTextRecursively().contains("Tag ⟦1⟧…⟦/1⟧ (bold) is missing"));
    }
}

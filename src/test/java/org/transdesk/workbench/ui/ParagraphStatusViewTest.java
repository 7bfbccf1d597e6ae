package org.transdesk.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.base.ui.InertHtml;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.EditingService;
import org.transdesk.review.GeneratedDraft;
import org.transdesk.review.ParagraphStatus;
import org.transdesk.review.SegmentText;
import org.transdesk.support.Fixtures;
import org.transdesk.support.IntegrationTest;

/** Every paragraph says where it stands, the column head counts them, and an editor confirms from the keyboard. */
@IntegrationTest
class ParagraphStatusViewTest extends SpringBrowserlessTest {

    @Autowired ArticleService articles;
    @Autowired DraftService drafts;
    @Autowired DraftingService drafting;
    @Autowired EditingService editing;

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void each_paragraph_says_its_status_in_words_and_the_column_head_counts_every_status() {
        Article article = articleWithRussian();
        Draft draft = drafts.find(article.id(), Output.RU).orElseThrow();
        editing.editSegment(draft.id(), 2, "Плотина строилась пять лет, сказал инженер.", draft.segments().get(2).revision());
        editing.confirm(draft.id(), 3, draft.segments().get(3).revision());

        Workbench.open(this, article);

        List<String> shown = List.of(0, 1, 2, 3).stream().map(p -> Workbench.editor(this, Output.RU, p).shownStatus()).toList();
        assertThat(shown).containsExactly("Machine draft", "Untranslated", "Edited", "Confirmed");
        SegmentEditor untranslated = Workbench.editor(this, Output.RU, 1);
        assertThat(untranslated.getElement().getAttribute("data-status")).isEqualTo("UNTRANSLATED");
        assertThat(untranslated.area.getAriaLabel()).contains("Russian paragraph 1, untranslated");
        Div counts = find(Div.class, Workbench.header(this, Output.RU)).withId("paragraph-status-ru").single();
        assertThat(InertHtml.parsed(counts.getElement()).select(".status-count")).extracting(org.jsoup.nodes.Element::text)
                .containsExactly("Untranslated 1", "Machine 1", "Edited 1", "Confirmed 1");
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void ctrl_enter_confirms_the_focused_paragraph_and_moves_to_the_next_so_the_next_ctrl_enter_confirms_that_one() {
        Article article = articleWithRussian();
        Workbench.open(this, article);
        SegmentEditor headline = Workbench.editor(this, Output.RU, 0);
        Workbench.focus(headline);

        fireShortcut(Key.ENTER, KeyModifier.CONTROL);
        assertThat(status(article, 0)).isEqualTo(ParagraphStatus.CONFIRMED);
        assertThat(Workbench.editor(this, Output.RU, 0).shownStatus()).isEqualTo("Confirmed");

        fireShortcut(Key.ENTER, KeyModifier.CONTROL); // now on paragraph 1, which is empty: refused there, focus stays
        assertThat(status(article, 1)).isEqualTo(ParagraphStatus.UNTRANSLATED);
        assertThat(Workbench.editor(this, Output.RU, 1).error().message()).contains("is empty");
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void confirm_under_a_paragraph_confirms_it_and_the_column_head_counts_it() {
        Article article = articleWithRussian();
        Workbench.open(this, article);

        test(Workbench.buttons(this, Output.RU, 0).confirm).click();

        assertThat(status(article, 0)).isEqualTo(ParagraphStatus.CONFIRMED);
        assertThat(Workbench.buttons(this, Output.RU, 0).confirm.isVisible()).isFalse();
        Div counts = find(Div.class, Workbench.header(this, Output.RU)).withId("paragraph-status-ru").single();
        assertThat(InertHtml.parsed(counts.getElement()).select(".status-count[data-status=CONFIRMED]").text()).isEqualTo("Confirmed 1");
    }

    private ParagraphStatus status(Article article, int position) {
        return drafts.find(article.id(), Output.RU).orElseThrow().segments().stream()
                .filter(s -> s.position() == position).map(SegmentText::status).findFirst().orElseThrow();
    }

    private Article articleWithRussian() {
        Article article = articles.importText("""
                Dam opens
                The new dam opened on the river.
                It took five years to build, the engineer said.
                Farmers welcomed the water.""");
        drafting.saveGenerated(article.id(), Output.RU, article.sourceRevision(), new GeneratedDraft(List.of(
                new GeneratedDraft.Segment("Плотина открыта", "MODEL", null, null),
                new GeneratedDraft.Segment("", "UNTRANSLATED", null, null),
                new GeneratedDraft.Segment("Строительство заняло пять лет, сказал инженер.", "MODEL", null, null),
                new GeneratedDraft.Segment("Фермеры приветствовали воду.", "MODEL", null, null)), Fixtures.offlineProvenance()));
        return article;
    }
}

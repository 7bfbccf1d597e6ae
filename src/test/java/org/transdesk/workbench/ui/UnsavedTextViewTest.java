package org.transdesk.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.EditingService;
import org.transdesk.review.GeneratedDraft;
import org.transdesk.review.SegmentRevision;
import org.transdesk.support.Fixtures;
import org.transdesk.support.IntegrationTest;

/**
 * Text typed in a session that ended before it was stored comes back from the browser's storage: the
 * workbench offers it under its paragraph (with what is stored now when someone saved since), and
 * "Restore my text" stores it; what was stored meanwhile is not offered.
 */
@IntegrationTest
class UnsavedTextViewTest extends SpringBrowserlessTest {

    static final String TYPED = "Плотина готова, сказал инженер вчера.";

    @Autowired ArticleService articles;
    @Autowired DraftService drafts;
    @Autowired DraftingService drafting;
    @Autowired EditingService editing;

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void text_left_unsaved_by_an_ended_session_is_offered_under_its_paragraph_and_restoring_stores_it() {
        Article article = articleWithRussian();
        WorkbenchView view = Workbench.open(this, article);

        view.unsavedLeft(left(view, article, "ru/1/1", TYPED, 1_000));

        UnsavedOffer offer = find(UnsavedOffer.class, Workbench.editor(this, Output.RU, 1)).single();
        assertThat(find(UnsavedOffer.class).all()).hasSize(1);
        assertThat(offer.getElement().getText() + offer.getElement().getTextRecursively()).contains(TYPED);
        assertThat(view.pageMessage.message()).contains("not saved in 1 paragraph");
        test(offer.restore).click();

        assertThat(russian(article).texts().get(1)).isEqualTo(TYPED);
        assertThat(Workbench.editor(this, Output.RU, 1).area.getValue()).isEqualTo(TYPED);
        assertThat(find(UnsavedOffer.class).all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void when_someone_saved_the_paragraph_since_the_offer_shows_both_texts_and_discard_keeps_theirs() {
        Article article = articleWithRussian();
        Draft draft = russian(article);
        int typedOn = draft.segments().get(1).revision();
        editing.editSegment(draft.id(), 1, "Плотина уже готова.", typedOn); // another editor, after the session ended
        WorkbenchView view = Workbench.open(this, article);

        view.unsavedLeft(left(view, article, "ru/1/" + typedOn, TYPED, 1_000));

        UnsavedOffer offer = find(UnsavedOffer.class, Workbench.editor(this, Output.RU, 1)).single();
        assertThat(offer.getElement().getTextRecursively()).contains("saved since").contains("Плотина уже готова.").contains(TYPED);
        test(offer.discard).click();

        assertThat(russian(article).texts().get(1)).isEqualTo("Плотина уже готова.");
        assertThat(find(UnsavedOffer.class).all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void text_that_was_stored_after_all_is_not_offered_and_the_newest_of_two_texts_is() {
        Article article = articleWithRussian();
        WorkbenchView view = Workbench.open(this, article);

        view.unsavedLeft(left(view, article, "ru/0/1", "Плотина достроена", 1_000)); // what is stored
        assertThat(find(UnsavedOffer.class).all()).isEmpty();

        view.unsavedLeft(concat(left(view, article, "ru/1/1", "first try", 1_000), left(view, article, "ru/1/2", TYPED, 2_000)));
        UnsavedOffer offer = find(UnsavedOffer.class).single();
        assertThat(offer.getElement().getTextRecursively()).contains(TYPED).doesNotContain("first try");
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void entries_of_another_article_or_damaged_entries_are_not_offered() {
        Article article = articleWithRussian();
        WorkbenchView view = Workbench.open(this, article);
        String other = UnsavedTexts.ROOT + "ana/" + (article.id() + 1) + "/ru/1/1";
        String json = "[{\"key\":\"" + other + "\",\"value\":\"{\\\"text\\\":\\\"x\\\",\\\"at\\\":1}\"},"
                + "{\"key\":\"" + UnsavedTexts.ROOT + "ana/" + article.id() + "/ru/1/1\",\"value\":\"not json\"},"
                + "{\"key\":\"" + UnsavedTexts.ROOT + "ana/" + article.id() + "/xx/1/1\",\"value\":\"{}\"}]";

        assertThat(view.unsavedTexts().parse(json)).isEmpty();
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void restoring_keeps_the_replaced_text_in_the_paragraphs_history() {
        Article article = articleWithRussian();
        WorkbenchView view = Workbench.open(this, article);
        view.unsavedLeft(left(view, article, "ru/1/1", TYPED, 1_000));

        test(find(UnsavedOffer.class).single().restore).click();

        Draft russian = russian(article);
        assertThat(drafts.history(russian.id(), 1)).extracting(SegmentRevision::text).contains("Плотина готова.");
    }

    /** What the browser hands over, through the same parsing as the page's answer. */
    private static List<UnsavedTexts.Entry> left(WorkbenchView view, Article article, String tail, String text, long at) {
        String key = UnsavedTexts.ROOT + "ana/" + article.id() + "/" + tail;
        String value = "{\\\"text\\\":\\\"" + text + "\\\",\\\"at\\\":" + at + "}";
        return view.unsavedTexts().parse("[{\"key\":\"" + key + "\",\"value\":\"" + value + "\"}]");
    }

    private static List<UnsavedTexts.Entry> concat(List<UnsavedTexts.Entry> a, List<UnsavedTexts.Entry> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private Draft russian(Article article) {
        return drafts.find(article.id(), Output.RU).orElseThrow();
    }

    private Article articleWithRussian() {
        Article article = articles.importText("Dam completed\nThe dam is finished.");
        drafting.saveGenerated(article.id(), Output.RU, article.sourceRevision(), new GeneratedDraft(List.of(
                new GeneratedDraft.Segment("Плотина достроена", "MODEL", null, null),
                new GeneratedDraft.Segment("Плотина готова.", "MODEL", null, null)), Fixtures.offlineProvenance()));
        return article;
    }
}

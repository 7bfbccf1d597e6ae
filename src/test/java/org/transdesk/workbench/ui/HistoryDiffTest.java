package org.transdesk.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.EditingService;
import org.transdesk.review.GeneratedDraft;
import org.transdesk.support.Fixtures;
import org.transdesk.support.IntegrationTest;

/**
 * Issue #15: a Russian paragraph whose first text was the English source showed, in its history, the
 * English struck through against the Russian, and the same diff three times (engine vs now, the
 * comparison, the revision list). Now a diff compares texts in one language and is shown once.
 */
@IntegrationTest
class HistoryDiffTest extends SpringBrowserlessTest {

    static final String ENGLISH = "The meeting was held on Monday in Hanoi.";

    @Autowired ArticleService articles;
    @Autowired DraftingService drafting;
    @Autowired DraftService drafts;
    @Autowired EditingService editing;
    @Autowired ApprovalService approval;

    @Test
    @WithMockUser(username = "editor", roles = {"EDITOR", "REVIEWER"})
    void the_history_shows_one_diff_between_russian_texts_and_the_english_as_text() {
        Article article = russianBeganInEnglish();
        edit(article, "Встреча прошла в понедельник в Ханое.");
        edit(article, "Встреча состоялась в понедельник в Ханое.");
        SegmentHistoryDialog history = openHistory(article);

        List<DiffView> diffs = find(DiffView.class, history).all();
        assertThat(diffs).hasSize(1);
        assertThat(struck(diffs.getFirst())).isEqualTo("прошла");
        assertThat(diffs.getFirst().getElement().getAttribute("lang")).isEqualTo("ru");
        Div first = find(Div.class, history).all().stream().filter(d -> d.hasClassName("revision-text")
                && ENGLISH.equals(d.getText())).findFirst().orElseThrow();
        assertThat(first.getElement().getAttribute("lang")).isEqualTo("en");
    }

    @Test
    @WithMockUser(username = "editor", roles = {"EDITOR", "REVIEWER"})
    void english_then_russian_is_not_diffed_and_says_why() {
        Article article = russianBeganInEnglish();
        edit(article, "Встреча прошла в понедельник в Ханое.");
        SegmentHistoryDialog history = openHistory(article);

        assertThat(find(DiffView.class, history).all()).isEmpty();
        assertThat(find(Span.class, history).all()).extracting(Span::getText)
                .contains("Revision 1 and revision 2 are in different languages (one holds the source text): a diff compares two texts in one language. Pick two revisions in the same language.");
    }

    @Test
    @WithMockUser(username = "editor", roles = {"EDITOR", "REVIEWER"})
    void comparing_versions_does_not_strike_the_english_source_against_its_translation() {
        Article article = russianBeganInEnglish();
        approval.approve(drafts.find(article.id(), Output.RU).orElseThrow().id(), "The paragraph is translated after the release.");
        edit(article, "Встреча прошла в понедельник в Ханое.");
        Workbench.open(this, article);

        test(find(OutputReviewStatus.class).all().stream().filter(s -> "versions-ru".equals(s.versions.getId().orElse(""))).findFirst()
                .orElseThrow().versions).click();
        VersionCompareDialog dialog = find(VersionCompareDialog.class).single();

        assertThat(find(DiffView.class, dialog).all()).allSatisfy(d -> assertThat(struck(d)).doesNotContain("meeting"));
        assertThat(find(Span.class, dialog).all()).extracting(Span::getText)
                .contains("Source text on one side, translation on the other: shown as they are, not as a diff.");
    }

    private Article russianBeganInEnglish() {
        Article article = articles.importText("Talks in Hanoi " + System.nanoTime() + "\n" + ENGLISH);
        drafting.saveGenerated(article.id(), Output.RU, article.sourceRevision(), new GeneratedDraft(List.of(
                new GeneratedDraft.Segment("Переговоры в Ханое", "MODEL", null, null),
                new GeneratedDraft.Segment(ENGLISH, "MODEL", null, "the model answered in English")), Fixtures.offlineProvenance()));
        return article;
    }

    private void edit(Article article, String russian) {
        Draft draft = drafts.find(article.id(), Output.RU).orElseThrow();
        editing.editSegment(draft.id(), 1, russian, draft.segments().get(1).revision());
    }

    private SegmentHistoryDialog openHistory(Article article) {
        Workbench.open(this, article);
        test(Workbench.buttons(this, Output.RU, 1).history).click();
        return find(SegmentHistoryDialog.class).single();
    }

    private String struck(DiffView diff) {
        return find(Span.class, diff).all().stream().filter(s -> s.hasClassName("diff-removed")).map(Span::getText)
                .reduce("", String::concat).strip();
    }
}

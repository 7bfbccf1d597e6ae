package org.transdesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.transdesk.review.ReviewFixture.RUSSIAN;
import static org.transdesk.security.Roles.EDITOR;
import static org.transdesk.support.SignedIn.as;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.review.DraftingService;
import org.transdesk.review.EditingService;

/**
 * Two sessions, Anna and Boris, open the same Russian draft and both change paragraph 1 from the
 * same revision. Anna saves first; Boris's save must not overwrite hers, and his text must not vanish.
 */
@ReviewIntegrationTest
class ConcurrentEditingTest {

    static final String ANNA = "Встреча состоялась в понедельник.";
    static final String BORIS = "Встреча прошла в понедельник утром.";

    @Autowired DraftService drafts;
    @Autowired DraftingService drafting;
    @Autowired EditingService editing;
    @Autowired ArticleService articles;

    @Test
    void the_second_save_from_the_same_base_revision_conflicts_with_both_texts_and_nothing_is_lost() {
        Article article = ReviewFixture.article(articles, ReviewFixture.SOURCE);
        Draft generated = ReviewFixture.generated(drafting, article, Output.RU, RUSSIAN, "engine-runner");
        // both sessions load the draft before either saves
        int annaBase = as("anna", EDITOR, () -> drafts.find(article.id(), Output.RU)).orElseThrow().segments().get(1).revision();
        int borisBase = as("boris", EDITOR, () -> drafts.find(article.id(), Output.RU)).orElseThrow().segments().get(1).revision();
        assertThat(annaBase).isEqualTo(borisBase);

        SegmentText annaSaved = as("anna", EDITOR, () -> editing.editSegment(generated.id(), 1, ANNA, annaBase));
        EditConflictException conflict = catchThrowableOfType(EditConflictException.class,
                () -> as("boris", EDITOR, () -> editing.editSegment(generated.id(), 1, BORIS, borisBase)));

        assertThat(conflict).as("Boris is told about Anna's save").isNotNull();
        assertThat(conflict.theirText()).isEqualTo(ANNA);
        assertThat(conflict.theirAuthor()).isEqualTo("anna");
        assertThat(conflict.theirRevision()).isEqualTo(annaSaved.revision());
        assertThat(conflict.yourText()).isEqualTo(BORIS);
        assertThat(currentText(article)).as("Anna's text was not overwritten").isEqualTo(ANNA);

        // Boris merges by hand and saves against the revision he has now seen
        String merged = "Встреча состоялась в понедельник утром.";
        as("boris", EDITOR, () -> editing.editSegment(generated.id(), 1, merged, conflict.theirRevision()));

        List<SegmentRevision> history = as("boris", EDITOR, () -> drafts.history(generated.id(), 1));
        assertThat(history).extracting(SegmentRevision::text).containsExactly(RUSSIAN.get(1), ANNA, merged);
        assertThat(history).extracting(SegmentRevision::author).containsExactly("engine-runner", "anna", "boris");
    }

    @Test
    void an_autosave_from_a_stale_revision_never_overwrites_a_newer_one() {
        Article article = ReviewFixture.article(articles, ReviewFixture.SOURCE);
        Draft generated = ReviewFixture.generated(drafting, article, Output.RU, RUSSIAN, "engine-runner");
        int stale = generated.segments().get(2).revision();
        as("anna", EDITOR, () -> editing.editSegment(generated.id(), 2, "Стороны похвалили сотрудничество.", stale));

        catchThrowableOfType(EditConflictException.class,
                () -> as("anna", EDITOR, () -> editing.editSegment(generated.id(), 2, "Старый автосейв.", stale)));

        assertThat(as("anna", EDITOR, () -> drafts.find(article.id(), Output.RU)).orElseThrow().segments().get(2).text())
                .isEqualTo("Стороны похвалили сотрудничество.");
    }

    private String currentText(Article article) {
        return as("anyone", EDITOR, () -> drafts.find(article.id(), Output.RU)).orElseThrow().segments().get(1).text();
    }
}

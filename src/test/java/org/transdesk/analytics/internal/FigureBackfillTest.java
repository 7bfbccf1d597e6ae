package org.transdesk.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.transdesk.analytics.PostEditFigure;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.ReviewFixture;
import org.transdesk.security.Roles;
import org.transdesk.support.IntegrationTest;
import org.transdesk.support.SignedIn;

/** Versions approved before analytics existed (or whose measuring was lost) get their figures at start. */
@IntegrationTest
class FigureBackfillTest {

    @Autowired
    ArticleService articles;
    @Autowired
    DraftingService drafting;
    @Autowired
    ApprovalService approval;
    @Autowired
    FigureBackfill backfill;
    @Autowired
    FigureStore store;
    @Autowired
    JdbcClient jdbc;

    @Test
    void an_approved_version_without_figures_is_measured_once_by_the_backfill() {
        Article article = ReviewFixture.article(articles, ReviewFixture.SOURCE);
        var draft = ReviewFixture.generated(drafting, article, Output.VI, ReviewFixture.VIETNAMESE, "ed");
        long versionId = SignedIn.as("rita", Roles.REVIEWER, () -> approval.approve(draft.id())).id();
        await().atMost(Duration.ofSeconds(20)).until(() -> store.has(versionId));
        PostEditFigure measured = figure(versionId);
        jdbc.sql("delete from post_edit_figure where version_id = ?").param(versionId).update();

        int stored = backfill.backfill();

        assertThat(stored).isGreaterThanOrEqualTo(1);
        assertThat(figure(versionId)).usingRecursiveComparison().isEqualTo(measured);
        assertThat(backfill.backfill()).as("a second pass finds nothing left").isZero();
        assertThat(jdbc.sql("select count(*) from post_edit_figure where version_id = ?").param(versionId).query(Integer.class).single())
                .isEqualTo(1);
    }

    private PostEditFigure figure(long versionId) {
        List<PostEditFigure> all = store.figures(null);
        return all.stream().filter(f -> f.versionId() == versionId).findFirst().orElseThrow();
    }
}

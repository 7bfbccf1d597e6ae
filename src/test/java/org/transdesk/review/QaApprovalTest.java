package org.transdesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.transdesk.security.Roles.EDITOR;
import static org.transdesk.security.Roles.REVIEWER;
import static org.transdesk.support.SignedIn.as;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.qa.QaFinding;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.EditingService;

/** QA runs on the stored draft; its errors block approval unless the reviewer writes why they do not matter. */
@ReviewIntegrationTest
class QaApprovalTest {

    static final String SOURCE = """
            Exports grow
            Exports rose by 12 percent in 2020.""";
    static final List<String> NUMBER_DROPPED = List.of("Экспорт растёт", "Экспорт вырос в прошлом году.");

    @Autowired DraftService drafts;
    @Autowired ApprovalService approval;
    @Autowired DraftingService drafting;
    @Autowired EditingService editing;
    @Autowired DraftQa qa;
    @Autowired ArticleService articles;

    @Test
    void a_clean_draft_has_no_errors() {
        Article article = ReviewFixture.article(articles, ReviewFixture.SOURCE);
        Draft draft = ReviewFixture.generated(drafting, article, Output.RU, ReviewFixture.RUSSIAN, "ed");

        assertThat(as("ed", EDITOR, () -> qa.check(draft.id())).errors()).isEmpty();
    }

    @Test
    void a_summary_repeating_the_headline_raises_nothing_because_the_headline_is_source_too() {
        // issue #17: "Throughout 1960s, …" and "John F. Kennedy" of a headline were reported as not in the source
        Article article = ReviewFixture.article(articles, """
                Throughout 1960s, John F. Kennedy pushed for the Moon
                The president asked Congress for the money to land a man on the Moon and bring him home.""");
        Draft draft = ReviewFixture.generated(drafting, article, Output.SUMMARY,
                List.of("Throughout 1960s, John F. Kennedy pushed for the Moon."), "ed");

        assertThat(as("ed", EDITOR, () -> qa.check(draft.id())).findings())
                .filteredOn(f -> f.check().equals("summary-faithfulness")).isEmpty();
    }

    @Test
    void a_dropped_number_is_an_error_on_its_paragraph_and_blocks_approval() {
        Article article = ReviewFixture.article(articles, SOURCE);
        Draft draft = ReviewFixture.generated(drafting, article, Output.RU, NUMBER_DROPPED, "ed");

        QaReport report = as("ed", EDITOR, () -> qa.check(draft.id()));
        assertThat(report.errors()).isNotEmpty();
        assertThat(report.errors()).extracting(QaFinding::segment).contains(1);

        QaBlockedException blocked = catchThrowableOfType(QaBlockedException.class,
                () -> as("rev", REVIEWER, () -> approval.approve(draft.id(), "  ")));
        assertThat(blocked).isNotNull();
        assertThat(blocked.errors()).isEqualTo(report.errors());
        assertThat(as("rev", REVIEWER, () -> approval.versions(article.id(), Output.RU))).isEmpty();
        assertThat(as("rev", REVIEWER, () -> drafts.find(article.id(), Output.RU)).orElseThrow().state()).isEqualTo(OutputState.NEEDS_REVIEW);
    }

    @Test
    void an_override_reason_is_stored_with_the_version_together_with_the_findings() {
        Article article = ReviewFixture.article(articles, SOURCE);
        Draft draft = ReviewFixture.generated(drafting, article, Output.RU, NUMBER_DROPPED, "ed");

        ApprovedVersion version = as("rev", REVIEWER, () -> approval.approve(draft.id(), "Editor-in-chief cut the figure on purpose."));

        assertThat(version.overrideReason()).isEqualTo("Editor-in-chief cut the figure on purpose.");
        assertThat(as("rev", REVIEWER, () -> approval.findingsAtApproval(version.id()))).filteredOn(QaFinding::isError).isNotEmpty();
    }

    @Test
    void fixing_the_paragraph_clears_the_error_and_approval_needs_no_override() {
        Article article = ReviewFixture.article(articles, SOURCE);
        Draft draft = ReviewFixture.generated(drafting, article, Output.RU, NUMBER_DROPPED, "ed");

        as("ed", EDITOR, () -> editing.editSegment(draft.id(), 1, "Экспорт вырос на 12% в 2020 году.", draft.segments().get(1).revision()));

        assertThat(as("ed", EDITOR, () -> qa.check(draft.id())).errors()).isEmpty();
        assertThat(as("rev", REVIEWER, () -> approval.approve(draft.id())).overrideReason()).isNull();
    }
}

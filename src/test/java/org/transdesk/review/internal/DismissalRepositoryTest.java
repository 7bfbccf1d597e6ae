package org.transdesk.review.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.Severity;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftingService;
import org.transdesk.review.FindingDismissal;
import org.transdesk.review.FindingDismissal.State;
import org.transdesk.review.RecordedFinding;
import org.transdesk.review.ReviewFixture;
import org.transdesk.review.ReviewIntegrationTest;

/** finding_dismissal and the dismissal columns of version_qa_finding (V22_1), on H2 and on PostgreSQL. */
@ReviewIntegrationTest
class DismissalRepositoryTest {

    static final QaFinding YEAR = new QaFinding("numbers", Severity.ERROR, "Number “2020” is missing in the translation.", 1, 3, 9);
    static final String TEXT = FindingKey.text(List.of("Exports rose in 2020."), List.of("Экспорт вырос."));

    @Autowired DismissalRepository dismissals;
    @Autowired FindingRepository findings;
    @Autowired VersionRepository versions;
    @Autowired DraftRepository drafts;
    @Autowired ArticleService articles;
    @Autowired DraftingService drafting;

    @Test
    void a_proposal_is_stored_accepted_once_and_read_back_with_times_as_instants() {
        Article article = ReviewFixture.article(articles, ReviewFixture.SOURCE);
        Instant before = Instant.now().minusSeconds(1);

        long id = dismissals.insert(article.id(), Output.RU, YEAR, TEXT, "On purpose.", State.PROPOSED, "ed");

        FindingDismissal proposed = dismissals.find(id).orElseThrow();
        assertThat(proposed.finding()).isEqualTo(QaFinding.of(YEAR.check(), YEAR.severity(), YEAR.message(), YEAR.segment()));
        assertThat(proposed.state()).isEqualTo(State.PROPOSED);
        assertThat(proposed.proposedBy()).isEqualTo("ed");
        assertThat(proposed.proposedAt()).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(proposed.decidedBy()).isNull();
        assertThat(proposed.decidedAt()).isNull();

        assertThat(dismissals.accept(id, "rev", null)).isTrue();
        assertThat(dismissals.accept(id, "rev2", "Another reason.")).as("only a proposal can be accepted").isFalse();

        FindingDismissal done = dismissals.find(article.id(), Output.RU, YEAR, TEXT).orElseThrow();
        assertThat(done.state()).isEqualTo(State.DISMISSED);
        assertThat(done.reason()).isEqualTo("On purpose.");
        assertThat(done.decidedBy()).isEqualTo("rev");
        assertThat(done.decidedAt()).isAfterOrEqualTo(done.proposedAt());
    }

    @Test
    void a_dismissal_is_found_only_for_its_finding_and_text_and_only_once_per_both() {
        Article article = ReviewFixture.article(articles, ReviewFixture.SOURCE);
        dismissals.insert(article.id(), Output.RU, YEAR, TEXT, "On purpose.", State.DISMISSED, "rev");

        String changed = FindingKey.text(List.of("Exports rose in 2020."), List.of("Экспорт вырос сильно."));
        assertThat(dismissals.find(article.id(), Output.RU, YEAR, changed)).isEmpty();
        assertThat(dismissals.find(article.id(), Output.VI, YEAR, TEXT)).isEmpty();
        assertThat(dismissals.forOutput(article.id(), Output.RU)).singleElement()
                .satisfies(k -> assertThat(k.textHash()).isEqualTo(TEXT));
        assertThatThrownBy(() -> dismissals.insert(article.id(), Output.RU, YEAR, TEXT, "Again.", State.PROPOSED, "ed"))
                .isInstanceOf(DataIntegrityViolationException.class);
        dismissals.insert(article.id(), Output.RU, YEAR, changed, "For the new text.", State.PROPOSED, "ed");
        assertThat(dismissals.forOutput(article.id(), Output.RU)).hasSize(2);
    }

    @Test
    void deleting_needs_the_state_read() {
        Article article = ReviewFixture.article(articles, ReviewFixture.SOURCE);
        long id = dismissals.insert(article.id(), Output.RU, YEAR, TEXT, "On purpose.", State.DISMISSED, "rev");

        assertThat(dismissals.delete(id, State.PROPOSED)).isFalse();
        assertThat(dismissals.delete(id, State.DISMISSED)).isTrue();
        assertThat(dismissals.find(id)).isEmpty();
    }

    @Test
    void the_version_record_keeps_who_dismissed_a_finding_when_and_why() {
        Article article = ReviewFixture.article(articles, ReviewFixture.SOURCE);
        Draft draft = ReviewFixture.generated(drafting, article, Output.RU, ReviewFixture.RUSSIAN, "ed");
        long versionId = versions.insert(draft, versions.nextNumber(article.id(), Output.RU), "rev", ContentHash.of(draft.texts()), null);
        long id = dismissals.insert(article.id(), Output.RU, YEAR, TEXT, "On purpose.", State.DISMISSED, "rev");
        FindingDismissal dismissed = dismissals.find(id).orElseThrow().about(YEAR);
        QaFinding warning = new QaFinding("length", Severity.WARNING, "Much longer than the source.", 2, -1, -1);

        findings.insertAll(versionId, List.of(warning));
        findings.insertDismissed(versionId, List.of(dismissed));

        assertThat(findings.forVersion(versionId)).containsExactly(
                new RecordedFinding(warning, null, null, null),
                new RecordedFinding(YEAR, "rev", dismissed.decidedAt(), "On purpose."));
    }
}

package org.transdesk.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.generation.GenerationService;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.EditingService;
import org.transdesk.security.Roles;
import org.transdesk.support.IntegrationTest;
import org.transdesk.support.SignedIn;

/** Three approvals of the sample by two engines ({@link QualitySample}): the figures per engine say what happened. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostEditFiguresTest {


    @Autowired
    ArticleService articles;
    @Autowired
    GenerationService generation;
    @Autowired
    DraftingService drafting;
    @Autowired
    DraftService drafts;
    @Autowired
    EditingService editing;
    @Autowired
    ApprovalService approval;
    @Autowired
    QualityFigures figures;
    @Autowired
    JdbcClient jdbc;

    Article article;
    List<String> vietnameseMachine;
    int editedPosition;
    List<String> approvedVietnamese;
    List<String> approvedRussian;

    @BeforeAll
    void draft_edit_and_approve_three_outputs_by_two_engines() {
        QualitySample sample = QualitySample.approved(articles, generation, drafting, drafts, editing, approval);
        article = sample.article();
        vietnameseMachine = sample.vietnameseMachine();
        editedPosition = sample.editedPosition();
        SignedIn.as("rita", Roles.REVIEWER, () -> {
            approvedVietnamese = approval.latestApproved(article.id(), Output.VI).orElseThrow().segments();
            approvedRussian = approval.latestApproved(article.id(), Output.RU).orElseThrow().segments();
        });
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() ->
                jdbc.sql("select count(*) from post_edit_figure where article_id = ?").param(article.id()).query(Integer.class).single() == 3);
    }

    private Map<Output, PostEditFigure> versions() {
        return SignedIn.as("rita", Roles.REVIEWER, () -> figures.versions(null)).stream()
                .filter(f -> f.articleId() == article.id()).collect(Collectors.toMap(PostEditFigure::output, Function.identity()));
    }

    @Test
    void the_edited_vietnamese_version_counts_one_edited_paragraph_and_three_inserted_words() {
        PostEditFigure vi = versions().get(Output.VI);
        int words = approvedVietnamese.stream().mapToInt(t -> WordEdits.words(t).size()).sum();
        long nonEmpty = approvedVietnamese.stream().filter(t -> !t.isBlank()).count();

        assertThat(vi.engine()).isEqualTo("offline");
        assertThat(vi.paragraphs()).isEqualTo((int) nonEmpty).isEqualTo(article.paragraphs().size() + 1);
        assertThat(vi.editedParagraphs()).isEqualTo(1);
        assertThat(vi.wordEdits()).isEqualTo(3);
        assertThat(vi.approvedWords()).isEqualTo(words);
        assertThat(vi.hter()).isEqualTo(3.0 / words);
        assertThat(vi.chrf()).isLessThan(100).isGreaterThan(95);
        assertThat(approvedVietnamese.get(editedPosition)).isEqualTo(vietnameseMachine.get(editedPosition) + QualitySample.ADDED);
        assertThat(vi.timeToApproval()).isNotNull().isGreaterThanOrEqualTo(Duration.ZERO);
        assertThat(vi.approvedBy()).isEqualTo("rita");
    }

    @Test
    void the_untouched_scripted_russian_version_scores_100_and_costs_its_price_over_its_words() {
        PostEditFigure ru = versions().get(Output.RU);
        int words = approvedRussian.stream().mapToInt(t -> WordEdits.words(t).size()).sum();

        assertThat(ru.engine()).isEqualTo("scripted");
        assertThat(ru.model()).isEqualTo("scripted-1");
        assertThat(ru.editedParagraphs()).isZero();
        assertThat(ru.chrf()).isEqualTo(100.0);
        assertThat(ru.wordEdits()).isZero();
        assertThat(ru.estimatedCost()).isEqualByComparingTo("0.012");
        assertThat(ru.approvedWords()).isEqualTo(words).isGreaterThan(100);
    }

    @Test
    void per_engine_the_offline_engine_has_two_versions_and_the_scripted_one_one() {
        Map<String, QualityRow> byEngine = SignedIn.as("rita", Roles.REVIEWER, () -> QualityRows.of(
                figures.versions(null).stream().filter(f -> f.articleId() == article.id()).toList(), Grouping.ENGINE))
                .stream().collect(Collectors.toMap(r -> r.key().getFirst(), Function.identity()));
        PostEditFigure vi = versions().get(Output.VI);
        PostEditFigure summary = versions().get(Output.SUMMARY);
        PostEditFigure ru = versions().get(Output.RU);

        assertThat(byEngine).containsOnlyKeys("offline", "scripted");
        QualityRow offline = byEngine.get("offline");
        assertThat(offline.versions()).isEqualTo(2);
        assertThat(offline.editedParagraphs()).isEqualTo(1);
        assertThat(offline.paragraphs()).isEqualTo(vi.paragraphs() + summary.paragraphs());
        assertThat(offline.editedShare()).isCloseTo(1.0 / (vi.paragraphs() + summary.paragraphs()), within(1e-12));
        assertThat(summary.chrf()).isEqualTo(100.0);
        assertThat(offline.meanChrf()).isCloseTo((vi.chrf() + 100) / 2, within(1e-9));
        assertThat(offline.meanHter()).isCloseTo(vi.hter() / 2, within(1e-12));
        QualityRow scripted = byEngine.get("scripted");
        assertThat(scripted.versions()).isEqualTo(1);
        assertThat(scripted.editedShare()).isZero();
        assertThat(scripted.meanChrf()).isEqualTo(100.0);
        assertThat(scripted.meanHter()).isZero();
        assertThat(scripted.costPerApprovedWord()).isEqualByComparingTo(new BigDecimal("0.012")
                .divide(BigDecimal.valueOf(ru.approvedWords()), java.math.MathContext.DECIMAL64));
        assertThat(scripted.medianTimeToApproval()).isEqualTo(ru.timeToApproval());
    }

    @Test
    void per_model_the_offline_engine_splits_into_its_translation_and_summary_models() {
        List<QualityRow> byModel = SignedIn.as("rita", Roles.REVIEWER, () -> QualityRows.of(
                figures.versions(null).stream().filter(f -> f.articleId() == article.id()).toList(), Grouping.MODEL));
        PostEditFigure vi = versions().get(Output.VI);
        PostEditFigure summary = versions().get(Output.SUMMARY);

        assertThat(byModel).extracting(QualityRow::key).containsExactlyInAnyOrder(List.of("offline", vi.model()),
                List.of("offline", summary.model()), List.of("scripted", "scripted-1"));
        assertThat(vi.model()).isNotEqualTo(summary.model());
    }

    @Test
    void an_editor_without_the_reviewer_role_is_refused() {
        assertThatThrownBy(() -> SignedIn.as("ed", Roles.EDITOR, () -> figures.rows(Grouping.MODEL, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as("ed", Roles.EDITOR, () -> figures.csv(Grouping.LANGUAGE, null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}

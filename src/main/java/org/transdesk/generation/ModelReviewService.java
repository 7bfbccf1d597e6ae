package org.transdesk.generation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import org.transdesk.review.ReviewException;
import org.transdesk.base.Phrase;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.base.UserFacingException;
import org.transdesk.llm.EngineInfo;
import org.transdesk.llm.ModelReviewIssue;
import org.transdesk.llm.ModelReviewRequest;
import org.transdesk.llm.ModelReviewResult;
import org.transdesk.llm.ModelReviewSettings;
import org.transdesk.llm.ModelReviews;
import org.transdesk.llm.Provenance;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftGenerated;
import org.transdesk.review.DraftProvenance;
import org.transdesk.review.DraftService;
import org.transdesk.review.ModelReviewFindings;
import org.transdesk.review.ModelReviewRun;

/**
 * Model review of a translation draft: on demand (the workbench's "Review with model", editors and
 * reviewers) and, with {@code transdesk.llm.review-after-draft=true}, in the background after every new
 * translation draft. Only when {@code transdesk.llm.routes.review} names a model server. The review is
 * stored with the draft ({@link ModelReviewFindings}) and shows among its QA findings.
 */
@Service
public class ModelReviewService {

    private static final Logger log = LoggerFactory.getLogger(ModelReviewService.class);

    private final ArticleService articles;
    private final DraftService drafts;
    private final ModelReviews reviews;
    private final ModelReviewFindings findings;
    private final ModelReviewSettings settings;
    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();

    ModelReviewService(ArticleService articles, DraftService drafts, ModelReviews reviews, ModelReviewFindings findings,
                       ModelReviewSettings settings) {
        this.articles = articles;
        this.drafts = drafts;
        this.reviews = reviews;
        this.findings = findings;
        this.settings = settings;
    }

    /** The model that reviews, when the review route names one: the workbench offers the action only then. */
    @PreAuthorize("isAuthenticated()")
    public Optional<EngineInfo> reviewer() {
        return reviews.reviewer();
    }

    /**
     * Reviews the translation's paragraphs that have text, as they read now, and stores the review in place of
     * the one before. Refused when no review route is configured, for the summary, and for a draft of an older
     * source revision.
     *
     * @throws org.transdesk.llm.GenerationCancelledException when {@code cancelled} turned true (nothing is stored)
     */
    @PreAuthorize("hasRole('EDITOR')")
    public ModelReviewOutcome review(long articleId, Output output, BooleanSupplier cancelled) {
        if (reviews.reviewer().isEmpty()) {
            throw new UserFacingException(Phrase.of("refusal.model-review.not-set-up"));
        }
        if (!output.isTranslation()) {
            throw new UserFacingException(Phrase.of("refusal.model-review.translations-only", ReviewException.output(output)));
        }
        Article article = articles.get(articleId);
        Draft draft = drafts.find(articleId, output).orElseThrow(() -> new UserFacingException(
                Phrase.of("refusal.model-review.no-draft", ReviewException.output(output))));
        if (draft.sourceRevision() != article.sourceRevision()) {
            throw new UserFacingException(Phrase.of("refusal.model-review.older-revision", ReviewException.output(output)));
        }
        List<String> sources = article.segments();
        List<String> texts = draft.texts();
        List<ModelReviewRequest.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < texts.size() && i < sources.size(); i++) {
            if (!texts.get(i).isBlank()) {
                pairs.add(new ModelReviewRequest.Pair(i, sources.get(i), texts.get(i)));
            }
        }
        if (pairs.isEmpty()) {
            throw new UserFacingException(Phrase.of("refusal.model-review.no-text", ReviewException.output(output)));
        }
        ModelReviewResult result = reviews.review(new ModelReviewRequest(article.sourceLanguage(),
                output.language(article.sourceLanguage()), pairs), cancelled);
        Map<Integer, String> reviewed = new HashMap<>();
        for (ModelReviewRequest.Pair pair : pairs) {
            if (!result.notReviewed().contains(pair.position())) {
                reviewed.put(pair.position(), pair.translation());
            }
        }
        List<ModelReviewRun.Issue> issues = result.issues().stream().map(ModelReviewService::issue).toList();
        findings.store(draft.id(), new ModelReviewRun(provenance(result.provenance()), reviewed, issues, result.failed(), result.stopped()));
        return new ModelReviewOutcome(reviewed.size(), issues.size(), result.failed().size(), result.stopped());
    }

    /** With {@code review-after-draft}, a new translation draft is reviewed in the background, as the user who drafted it. */
    @TransactionalEventListener(fallbackExecution = true)
    void afterDraft(DraftGenerated generated) {
        if (!settings.reviewAfterDraft() || !generated.output().isTranslation() || reviews.reviewer().isEmpty()) {
            return;
        }
        background.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                ModelReviewOutcome outcome = review(generated.articleId(), generated.output(), () -> false);
                log.info("Model review of article {} {}: {} issues in {} paragraphs, failed for {}", generated.articleId(),
                        generated.output().key(), outcome.issues(), outcome.reviewed(), outcome.failed());
            } catch (RuntimeException e) {
                log.warn("Model review after the draft of article {} {} failed: {}", generated.articleId(), generated.output().key(),
                        e.getMessage());
            }
        }));
    }

    private static ModelReviewRun.Issue issue(ModelReviewIssue i) {
        return new ModelReviewRun.Issue(i.position(), i.category().word(), i.severity().word(), i.start(), i.end(), i.explanation());
    }

    private static DraftProvenance provenance(Provenance p) {
        return new DraftProvenance(p.engine(), p.engineLabel(), p.model(), p.promptVersion(), p.glossaryVersion(), p.promptTokens(),
                p.completionTokens(), p.latencyMs(), p.estimatedCost());
    }
}

package org.transdesk.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.qa.QaChecks;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.SummaryUnderReview;
import org.transdesk.qa.TranslationUnderReview;
import org.transdesk.review.internal.DraftRepository;

/**
 * Runs the QA checks on a draft as it stands. Cheap enough to run after every save, so findings are
 * computed, not stored; only the findings a version was approved with are kept (with the version).
 * Translations are checked against the headline and paragraphs of the source, and the Vietnamese and
 * Russian drafts against each other; the summary against the article body and the word budget.
 */
@Service
public class DraftQa {

    private final QaChecks checks;
    private final DraftRepository drafts;
    private final ArticleService articles;
    private final ObjectProvider<QaGlossary> glossary;
    private final int summaryWordBudget;

    DraftQa(QaChecks checks, DraftRepository drafts, ArticleService articles, ObjectProvider<QaGlossary> glossary,
            @Value("${transdesk.summary.word-budget:60}") int summaryWordBudget) {
        this.checks = checks;
        this.drafts = drafts;
        this.articles = articles;
        this.glossary = glossary;
        this.summaryWordBudget = summaryWordBudget;
    }

    @PreAuthorize("isAuthenticated()")
    public QaReport check(long draftId) {
        return check(drafts.find(draftId).orElseThrow(() -> new ReviewException("This draft no longer exists.")));
    }

    QaReport check(Draft draft) {
        if (draft.segments().isEmpty()) {
            return new QaReport(List.of());
        }
        Article article = articles.get(draft.articleId());
        if (!draft.output().isTranslation()) {
            return new QaReport(checks.checkSummary(new SummaryUnderReview(article.sourceLanguage(), article.paragraphs(),
                    draft.texts(), summaryWordBudget)));
        }
        String target = draft.output().language(article.sourceLanguage());
        var entries = glossary.getIfAvailable(() -> lang -> List.of()).entries(article.sourceLanguage());
        List<QaFinding> findings = new ArrayList<>(checks.checkTranslation(
                new TranslationUnderReview(article.sourceLanguage(), target, article.segments(), draft.texts()), entries));
        findings.addAll(consistency(draft));
        findings.sort(Comparator.comparingInt(QaFinding::segment).thenComparingInt(QaFinding::start));
        return new QaReport(QaChecks.onePerUntranslatedParagraph(findings));
    }

    /** Vietnamese and Russian must agree on numbers and names; only when both drafts exist. */
    private List<QaFinding> consistency(Draft draft) {
        Output other = draft.output() == Output.VI ? Output.RU : draft.output() == Output.RU ? Output.VI : null;
        Optional<Draft> otherDraft = other == null ? Optional.empty() : drafts.find(draft.articleId(), other);
        if (otherDraft.isEmpty() || otherDraft.get().segments().isEmpty()) {
            return List.of();
        }
        List<String> vi = draft.output() == Output.VI ? draft.texts() : otherDraft.get().texts();
        List<String> ru = draft.output() == Output.RU ? draft.texts() : otherDraft.get().texts();
        return checks.checkConsistency(vi, ru);
    }
}

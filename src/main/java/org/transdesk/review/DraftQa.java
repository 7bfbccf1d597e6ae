package org.transdesk.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.qa.GlossaryEntry;
import org.transdesk.qa.QaChecks;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.SummaryUnderReview;
import org.transdesk.qa.TranslationUnderReview;
import org.transdesk.review.internal.DismissalRepository;
import org.transdesk.review.internal.DraftRepository;
import org.transdesk.review.internal.FindingKey;

/**
 * Runs the QA checks on a draft as it stands. Cheap enough to run after every save, so findings are
 * computed, not stored; only the findings a version was approved with are kept (with the version).
 * Translations are checked against the headline and paragraphs of the source, and the Vietnamese and
 * Russian drafts against each other; the summary against the article body and the word budget.
 * A report is kept by what it depends on (both drafts' revisions, source, glossary), so reading it
 * again, e.g. when the workbench switches outputs, does not run the checks again. A translation's stored
 * model review ({@link ModelReviewFindings}) joins the report as findings of their own kind; then the
 * findings a reviewer dismissed for the text as it stands ({@link FindingDismissals}) are set apart, on
 * every read.
 */
@Service
public class DraftQa {

    private final QaChecks checks;
    private final DraftRepository drafts;
    private final ArticleService articles;
    private final DismissalRepository dismissals;
    private final ObjectProvider<QaGlossary> glossary;
    private final int summaryWordBudget;
    private final ModelReviewFindings modelReview;
    /** Reports by what they depend on; bounded, least recently used first out. */
    private final Map<Key, QaReport> reports = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, QaReport> eldest) {
            return size() > 512;
        }
    });

    DraftQa(QaChecks checks, DraftRepository drafts, ArticleService articles, DismissalRepository dismissals,
            ObjectProvider<QaGlossary> glossary, @Value("${transdesk.summary.word-budget:60}") int summaryWordBudget,
            ModelReviewFindings modelReview) {
        this.checks = checks;
        this.dismissals = dismissals;
        this.drafts = drafts;
        this.articles = articles;
        this.glossary = glossary;
        this.summaryWordBudget = summaryWordBudget;
        this.modelReview = modelReview;
    }

    @PreAuthorize("isAuthenticated()")
    public QaReport check(long draftId) {
        return check(drafts.find(draftId).orElseThrow(() -> ReviewException.of("refusal.draft-gone")));
    }

    /**
     * The report of {@code draft} as read together with the article's other drafts ({@code read}, e.g.
     * {@link DraftService#drafts(long)}): the other translation is taken from there, not read again.
     */
    @PreAuthorize("isAuthenticated()")
    public QaReport check(Draft draft, Map<Output, Draft> read) {
        return check(draft, othersOf(draft, read));
    }

    QaReport check(Draft draft) {
        return check(draft, othersOf(draft, drafts.all(draft.articleId())));
    }

    /**
     * The drafts a report also reads: for a translation, every other translation the cross-output check can compare
     * it with (both languages have a profile: vi, ru, zh, fr, es ...); for a summary in an edition's language, the
     * translation into that language, which it is checked against.
     */
    private List<Draft> othersOf(Draft draft, Map<Output, Draft> read) {
        Output output = draft.output();
        if (output.isEditionSummary()) {
            Draft translation = read.get(Output.translation(output.language()));
            return translation == null ? List.of() : List.of(translation);
        }
        if (!output.isTranslation()) {
            return List.of();
        }
        return read.values().stream().filter(d -> d.id() != draft.id() && d.output().isTranslation()
                        && QaChecks.crossCheckable(output.language(), d.output().language()))
                .sorted(Comparator.comparing((Draft d) -> d.output().key())).toList();
    }

    /**
     * What a report depends on: the draft and the drafts it is compared with at their revisions (every text change
     * moves {@code lock_version}, on any node; {@code others} holds id and lock version of each), the source revision
     * and the glossary's entries. A report for the same key is the same report, so switching outputs does not run the
     * checks again.
     */
    private record Key(long draftId, int lockVersion, List<Long> others, int sourceRevision, List<GlossaryEntry> glossary) {
    }

    private QaReport check(Draft draft, List<Draft> others) {
        if (draft.segments().isEmpty()) {
            return new QaReport(List.of());
        }
        Article article = articles.get(draft.articleId());
        List<GlossaryEntry> entries = draft.output().isTranslation()
                ? glossary.getIfAvailable(() -> lang -> List.of()).entries(article.sourceLanguage()) : List.of();
        List<Long> compared = others.stream().flatMap(o -> java.util.stream.Stream.of(o.id(), (long) o.lockVersion())).toList();
        Key key = new Key(draft.id(), draft.lockVersion(), compared, article.sourceRevision(), entries);
        QaReport report = reports.get(key);
        if (report == null) {
            report = compute(draft, others, article, entries);
            reports.put(key, report);
        }
        return withDismissals(withModelReview(report, draft), draft, article);
    }

    /** Sets apart the findings dismissed for the text as it stands; a proposal goes beside its finding, which still counts. */
    private QaReport withDismissals(QaReport report, Draft draft, Article article) {
        List<DismissalRepository.Keyed> rows = dismissals.forOutput(draft.articleId(), draft.output());
        if (rows.isEmpty()) {
            return report;
        }
        Map<Integer, String> texts = new java.util.HashMap<>();
        List<QaFinding> counting = new ArrayList<>();
        List<FindingDismissal> applying = new ArrayList<>();
        for (QaFinding finding : report.findings()) {
            String text = texts.computeIfAbsent(finding.segment(), s -> textHash(draft, article, s));
            Optional<FindingDismissal> dismissal = rows.stream().filter(r -> r.textHash().equals(text) && r.dismissal().isAbout(finding))
                    .map(r -> r.dismissal().about(finding)).findFirst();
            dismissal.ifPresent(applying::add);
            if (dismissal.isEmpty() || !dismissal.get().dismissed()) {
                counting.add(finding);
            }
        }
        return new QaReport(counting, applying);
    }

    /**
     * The hash of the text a finding on {@code segment} stands on: the paragraph's source and target (a summary
     * paragraph's source is the whole article; segment -1, the whole output, stands on all of both).
     */
    static String textHash(Draft draft, Article article, int segment) {
        List<String> target = draft.texts();
        List<String> source = draft.output().isTranslation() ? article.segments() : article.plainSegments();
        if (segment < 0) {
            return FindingKey.text(source, target);
        }
        List<String> paragraph = segment < target.size() ? List.of(target.get(segment)) : List.of();
        if (!draft.output().isTranslation()) {
            return FindingKey.text(source, paragraph);
        }
        return FindingKey.text(segment < source.size() ? List.of(source.get(segment)) : List.of(), paragraph);
    }

    /** The stored model review's findings joined to the checks' (read each time: a review lands without a text change). */
    private QaReport withModelReview(QaReport report, Draft draft) {
        if (!draft.output().isTranslation()) {
            return report;
        }
        List<QaFinding> model = modelReview.findings(draft);
        if (model.isEmpty()) {
            return report;
        }
        List<QaFinding> all = new ArrayList<>(report.findings());
        all.addAll(model);
        all.sort(Comparator.comparingInt(QaFinding::segment).thenComparingInt(QaFinding::start));
        return new QaReport(all);
    }

    private QaReport compute(Draft draft, List<Draft> others, Article article, List<GlossaryEntry> entries) {
        Optional<Draft> other = others.stream().findFirst();
        if (draft.output().isEditionSummary()) {
            // checked in its own language, against the translation into it when there is one (same language: names and
            // number words compare); else against the source, where figures still compare
            boolean translated = other.isPresent() && other.get().texts().stream().anyMatch(t -> t != null && !t.isBlank());
            return new QaReport(checks.checkSummary(new SummaryUnderReview(draft.output().language(),
                    translated ? other.get().texts() : article.plainSegments(), draft.texts(), summaryWordBudget)));
        }
        if (!draft.output().isTranslation()) {
            return new QaReport(checks.checkSummary(new SummaryUnderReview(article.sourceLanguage(), article.plainSegments(), // the headline is source too
                    draft.texts(), summaryWordBudget)));
        }
        String target = draft.output().language(article.sourceLanguage());
        List<QaFinding> findings = new ArrayList<>(checks.checkTranslation(
                new TranslationUnderReview(article.sourceLanguage(), target, article.segments(), draft.texts(), article.segmentCodes()), entries));
        for (Draft o : others) {
            findings.addAll(consistency(draft, o));
        }
        findings.sort(Comparator.comparingInt(QaFinding::segment).thenComparingInt(QaFinding::start));
        return new QaReport(QaChecks.onePerUntranslatedParagraph(findings));
    }

    /** Two translations must agree on numbers and names; only when both have text. */
    private List<QaFinding> consistency(Draft draft, Draft other) {
        if (other.segments().isEmpty()) {
            return List.of();
        }
        return checks.checkConsistency(draft.output().language(), draft.texts(), other.output().language(), other.texts());
    }
}

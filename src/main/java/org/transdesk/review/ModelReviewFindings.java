package org.transdesk.review;

import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transdesk.audit.AuditLog;
import org.transdesk.base.Phrase;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.Severity;
import org.transdesk.review.internal.DraftRepository;
import org.transdesk.review.internal.ModelReviewRepository;
import org.transdesk.security.CurrentUser;

/**
 * The model review of each draft, kept so it survives a reload, and shown as QA findings of their own kind
 * ({@link #CHECK}): one per issue on its paragraph and span, one per paragraph the review failed for, and on
 * the whole output who reviewed, at what cost, and what was not reached. A finding is shown while its
 * paragraph reads as the model read it. Whether an issue blocks approval is {@link ModelReviewPolicy}'s call.
 */
@Service
public class ModelReviewFindings {

    /** The check id of model-review findings: their kind. */
    public static final String CHECK = "model-review";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** The MQM severity and category words a review stores, and how the screens say them. */
    private static final Map<String, String> MQM_WORDS = Map.ofEntries(
            Map.entry("minor", "qa-finding.model-review.severity.minor"),
            Map.entry("major", "qa-finding.model-review.severity.major"),
            Map.entry("critical", "qa-finding.model-review.severity.critical"),
            Map.entry("accuracy", "qa-finding.model-review.category.accuracy"),
            Map.entry("mistranslation", "qa-finding.model-review.category.mistranslation"),
            Map.entry("omission", "qa-finding.model-review.category.omission"),
            Map.entry("addition", "qa-finding.model-review.category.addition"),
            Map.entry("terminology", "qa-finding.model-review.category.terminology"),
            Map.entry("fluency", "qa-finding.model-review.category.fluency"),
            Map.entry("style", "qa-finding.model-review.category.style"));

    private final ModelReviewRepository reviews;
    private final DraftRepository drafts;
    private final ModelReviewPolicy policy;
    private final AuditLog audit;

    ModelReviewFindings(ModelReviewRepository reviews, DraftRepository drafts, ModelReviewPolicy policy, AuditLog audit) {
        this.reviews = reviews;
        this.drafts = drafts;
        this.policy = policy;
        this.audit = audit;
    }

    /** Stores a finished review as the draft's model review, replacing the one before. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public void store(long draftId, ModelReviewRun run) {
        Draft draft = drafts.find(draftId).orElseThrow(() -> ReviewException.of("refusal.draft-gone"));
        reviews.replace(draftId, run, CurrentUser.require());
        audit.record("model.reviewed", draft.articleId(), draft.output().key(), run.issues().size() + " issues in "
                + run.reviewedTexts().size() + " paragraphs by " + run.provenance().model()
                + (run.failed().isEmpty() ? "" : ", review failed for " + run.failed().size())
                + ", " + run.provenance().promptTokens() + " + " + run.provenance().completionTokens() + " tokens");
    }

    /** The draft's model-review findings as QA findings, for the draft as it reads now. */
    List<QaFinding> findings(Draft draft) {
        var stored = reviews.latest(draft.id());
        if (stored.isEmpty()) {
            return List.of();
        }
        ModelReviewRepository.Stored review = stored.get();
        List<String> texts = draft.texts();
        List<QaFinding> findings = new ArrayList<>();
        int issues = 0;
        int failures = 0;
        int outdated = 0;
        String model = review.provenance().model();
        for (ModelReviewRepository.Row row : review.rows()) {
            if (row.failure()) {
                failures++;
            } else {
                issues++;
            }
            boolean current = row.segment() < texts.size()
                    && ModelReviewRepository.hash(texts.get(row.segment())).equals(row.textHash())
                    && row.end() <= texts.get(row.segment()).length();
            if (!current) {
                outdated++;
                continue;
            }
            if (row.failure()) {
                findings.add(QaFinding.of(CHECK, Severity.INFO, Phrase.of("qa-finding.model-review.failed", paragraph(row.segment()),
                        stored(row.explanation()).nested()), row.segment()));
            } else {
                findings.add(new QaFinding(CHECK, policy.severityOf(row.severity()), issue(row, model), row.segment(), row.start(), row.end()));
            }
        }
        findings.add(QaFinding.of(CHECK, Severity.INFO, summary(review, issues, failures, outdated), -1));
        if (review.stopped() != null && !review.stopped().isBlank()) {
            findings.add(QaFinding.of(CHECK, Severity.INFO, stored(review.stopped()), -1));
        }
        return findings;
    }

    /**
     * "Model review: major terminology — why (model)": the model's own explanation stays as the model wrote it, the
     * frame around it (its severity and category words, where the model's name goes) is the screen's.
     */
    private static Phrase issue(ModelReviewRepository.Row row, String model) {
        String severity = word(row.severity());
        String category = word(row.category());
        return row.explanation().isBlank() ? Phrase.of("qa-finding.model-review.issue-bare", severity, category, model)
                : Phrase.of("qa-finding.model-review.issue", severity, category, row.explanation(), model);
    }

    /** An MQM word said in the sentence's language; a word the bundles do not know (a stored row from elsewhere) as it is. */
    private static String word(String word) {
        String key = MQM_WORDS.get(word);
        return key == null ? word : Phrase.word(key);
    }

    /** A stored text: the phrase it holds ({@link Phrase#nested}), or a text written before phrases were kept, said as it is. */
    private static Phrase stored(String text) {
        return Phrase.unnested(text).orElseGet(() -> Phrase.of("qa-finding.model-review.stored", text));
    }

    /** The whole output's line: who reviewed with what, what it found, at what cost; counts choose their plural forms. */
    static Phrase summary(ModelReviewRepository.Stored review, int issues, int failures, int outdated) {
        DraftProvenance p = review.provenance();
        String failed = failures == 0 ? "" : Phrase.of("qa-finding.model-review.summary.failed", Phrase.number(failures)).nested();
        String cost = p.estimatedCost() == null || p.estimatedCost().signum() <= 0 ? ""
                : Phrase.of("qa-finding.model-review.summary.cost",
                        Phrase.number(p.estimatedCost().setScale(6, RoundingMode.HALF_UP).stripTrailingZeros())).nested();
        String notShown = outdated == 0 ? "" : Phrase.of("qa-finding.model-review.summary.outdated", Phrase.number(outdated)).nested();
        return Phrase.of("qa-finding.model-review.summary", p.model(), p.engine(), Phrase.number(issues),
                Phrase.number(review.reviewedParagraphs()), failed, Phrase.number(p.promptTokens()), Phrase.number(p.completionTokens()),
                cost, review.reviewedBy(), WHEN.format(review.reviewedAt()), notShown);
    }

    /** "the headline" for position 0 of a translation, "paragraph N" otherwise: as the workbench numbers them. */
    static String paragraph(int position) {
        return position == 0 ? Phrase.of("qa-finding.model-review.headline").nested()
                : Phrase.of("qa-finding.model-review.paragraph", position).nested();
    }
}

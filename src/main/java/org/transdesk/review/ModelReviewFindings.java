package org.transdesk.review;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transdesk.audit.AuditLog;
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
                findings.add(QaFinding.of(CHECK, Severity.INFO, "Model review failed for " + paragraph(row.segment()) + ": "
                        + row.explanation() + "; no findings from the model for it.", row.segment()));
            } else {
                findings.add(new QaFinding(CHECK, policy.severityOf(row.severity()), "Model review: " + row.severity() + " "
                        + row.category() + (row.explanation().isBlank() ? "" : " — " + row.explanation()) + " (" + model + ")",
                        row.segment(), row.start(), row.end()));
            }
        }
        findings.add(QaFinding.of(CHECK, Severity.INFO, summary(review, issues, failures, outdated), -1));
        if (review.stopped() != null && !review.stopped().isBlank()) {
            findings.add(QaFinding.of(CHECK, Severity.INFO, review.stopped(), -1));
        }
        return findings;
    }

    private static String summary(ModelReviewRepository.Stored review, int issues, int failures, int outdated) {
        DraftProvenance p = review.provenance();
        StringBuilder s = new StringBuilder("Model review by ").append(p.model()).append(" on '").append(p.engine()).append("': ")
                .append(issues).append(issues == 1 ? " issue in " : " issues in ").append(review.reviewedParagraphs())
                .append(review.reviewedParagraphs() == 1 ? " paragraph" : " paragraphs");
        if (failures > 0) {
            s.append(", review failed for ").append(failures).append(failures == 1 ? " paragraph" : " paragraphs");
        }
        s.append("; ").append(p.promptTokens()).append(" + ").append(p.completionTokens()).append(" tokens");
        if (p.estimatedCost() != null && p.estimatedCost().signum() > 0) {
            s.append(", cost ").append(p.estimatedCost().setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
        }
        s.append("; ").append(review.reviewedBy()).append(", ").append(WHEN.format(review.reviewedAt())).append('.');
        if (outdated > 0) {
            s.append(' ').append(outdated).append(outdated == 1 ? " finding is" : " findings are")
                    .append(" no longer shown: the paragraph changed since the review.");
        }
        return s.toString();
    }

    /** "the headline" for position 0 of a translation, "paragraph N" otherwise: as the workbench numbers them. */
    static String paragraph(int position) {
        return position == 0 ? "the headline" : "paragraph " + position;
    }
}

package org.transdesk.review;

import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.audit.AuditLog;
import org.transdesk.base.CleanText;
import org.transdesk.qa.QaFinding;
import org.transdesk.review.OutputState.ReviewAction;
import org.transdesk.review.internal.ContentHash;
import org.transdesk.review.internal.DraftRepository;
import org.transdesk.review.internal.FindingRepository;
import org.transdesk.review.internal.VersionRepository;
import org.transdesk.security.CurrentUser;

/**
 * Approval and versions: a reviewer approves a draft into an immutable, numbered version, or sends
 * it back with a reason. Needs REVIEWER. An approved version is never changed: later edits,
 * generations and imports change the draft only.
 */
@Service
public class ApprovalService {

    private final DraftRepository drafts;
    private final VersionRepository versions;
    private final FindingRepository findings;
    private final ArticleService articles;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final DraftQa qa;
    private final ReviewSettings settings;
    private final Workflow workflow;

    ApprovalService(DraftRepository drafts, VersionRepository versions, FindingRepository findings, ArticleService articles,
                    AuditLog audit, ApplicationEventPublisher events, DraftQa qa, ReviewSettings settings, Workflow workflow) {
        this.drafts = drafts;
        this.versions = versions;
        this.findings = findings;
        this.articles = articles;
        this.audit = audit;
        this.events = events;
        this.qa = qa;
        this.settings = settings;
        this.workflow = workflow;
    }

    /** Approves the draft as it is now: a new immutable, numbered version. Refused while QA finds errors. */
    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional
    public ApprovedVersion approve(long draftId) {
        return approve(draftId, null);
    }

    /**
     * Approves the draft as it is now. QA errors block approval unless {@code overrideReason} says why
     * they do not matter; the reason and the findings are stored with the version. With the four-eyes
     * rule on, the last editor of the text cannot approve it. The approval is a compare-and-set on the
     * draft's revision: when another reviewer approved it, or anyone changed it, between reading and
     * approving, this approval is refused and nothing is stored.
     */
    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional
    public ApprovedVersion approve(long draftId, String overrideReason) {
        String user = CurrentUser.require();
        Draft draft = drafts.find(draftId).orElseThrow(() -> ReviewException.of("refusal.draft-gone"));
        OutputState to = draft.state().next(ReviewAction.APPROVE, draft.output());
        if (!draft.hasText()) {
            throw ReviewException.of("refusal.approve.empty", ReviewException.output(draft.output()));
        }
        if (fourEyesBlocks(draftId, user)) {
            throw ReviewException.of("refusal.approve.four-eyes", ReviewException.output(draft.output()));
        }
        String hash = ContentHash.of(draft.texts());
        Optional<ApprovedVersion> latest = versions.latest(draft.articleId(), draft.output());
        if (draft.state() == OutputState.APPROVED && latest.isPresent() && latest.get().contentHash().equals(hash)) {
            throw ReviewException.of("refusal.approve.already", latest.get().number());
        }
        QaReport report = qa.check(draft);
        List<QaFinding> found = report.findings(); // what counts: a finding a reviewer dismissed for this text does not block
        String override = overrideFor(found, overrideReason);
        // the compare-and-set: a second approval of the same revision waits here for the first and then finds it changed
        if (!drafts.moveStateIfUnchanged(draftId, draft.lockVersion(), to, user)) {
            throw refusedAfterConcurrentChange(draft);
        }
        int number = versions.nextNumber(draft.articleId(), draft.output());
        long versionId = versions.insert(draft, number, user, hash, override);
        findings.insertAll(versionId, found);
        findings.insertDismissed(versionId, report.dismissed());
        drafts.confirmAllWithText(draftId);
        audit.record("version.approved", draft.articleId(), draft.output().key(), "version " + number + ", sha256 " + hash.substring(0, 12)
                + (override == null ? "" : ", QA errors overridden: " + override));
        workflow.recorded(draft.articleId(), draft.output(), draft.state(), to, "");
        Article article = articles.get(draft.articleId());
        events.publishEvent(new VersionApproved(article.id(), draft.output(), number, article.sourceLanguage(),
                draft.output().language(article.sourceLanguage()),
                draft.output().isTranslation() ? article.segments() : List.of(), draft.texts(), user, found.stream().filter(QaFinding::isError).toList()));
        return versions.byId(versionId).orElseThrow();
    }

    private ReviewException refusedAfterConcurrentChange(Draft read) {
        Optional<ApprovedVersion> latest = versions.latest(read.articleId(), read.output());
        Optional<Draft> now = drafts.find(read.id());
        if (now.isPresent() && now.get().state() == OutputState.APPROVED && latest.isPresent()
                && latest.get().contentHash().equals(ContentHash.of(now.get().texts()))) {
            return ReviewException.of("refusal.approve.simultaneous", latest.get().approvedBy(), ReviewException.output(read.output()),
                    latest.get().number());
        }
        return ReviewException.of("refusal.approve.changed", ReviewException.output(read.output()));
    }

    /** Whether the four-eyes rule stops the signed-in user from approving this draft (they edited it last). */
    @PreAuthorize("isAuthenticated()")
    public boolean fourEyesBlocksApproval(long draftId) {
        return fourEyesBlocks(draftId, CurrentUser.require());
    }

    private boolean fourEyesBlocks(long draftId, String user) {
        return settings.fourEyes() && drafts.lastEditedBy(draftId).filter(user::equals).isPresent();
    }

    /** The override reason to store: none without QA errors; a written one (at most 2000 characters) with them. */
    private static String overrideFor(List<QaFinding> found, String reason) {
        List<QaFinding> errors = found.stream().filter(QaFinding::isError).toList();
        if (errors.isEmpty()) {
            return null;
        }
        String cleaned = reason == null ? "" : CleanText.of(reason).strip();
        if (cleaned.isEmpty()) {
            throw new QaBlockedException(errors);
        }
        if (cleaned.length() > 2000) {
            throw ReviewException.of("refusal.approve.override-long", 2000);
        }
        return cleaned;
    }

    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional
    public void requestChanges(long draftId, String reason) {
        String cleaned = reason == null ? "" : CleanText.of(reason).strip();
        if (cleaned.isEmpty()) {
            throw ReviewException.of("refusal.changes.reason-required");
        }
        if (cleaned.length() > 2000) {
            throw ReviewException.of("refusal.reason-long", 2000);
        }
        Draft draft = drafts.find(draftId).orElseThrow(() -> ReviewException.of("refusal.draft-gone"));
        workflow.check(draft, ReviewAction.REQUEST_CHANGES);
        if (draft.segments().isEmpty()) {
            throw OutputState.NOT_STARTED.refusalOf(ReviewAction.REQUEST_CHANGES, draft.output());
        }
        String user = CurrentUser.require();
        workflow.apply(draft, ReviewAction.REQUEST_CHANGES, user);
        drafts.requestChanges(draftId, cleaned, user);
        audit.record("changes.requested", draft.articleId(), draft.output().key(), cleaned);
    }

    /** The reviewer's latest reason for sending this draft back, if changes were ever requested. */
    @PreAuthorize("isAuthenticated()")
    public Optional<ChangeRequest> changeRequest(long draftId) {
        return drafts.changeRequest(draftId);
    }

    /** The QA findings that counted when the version was approved (not those a reviewer had dismissed). */
    @PreAuthorize("isAuthenticated()")
    public List<QaFinding> findingsAtApproval(long versionId) {
        return findings.forVersion(versionId).stream().filter(f -> !f.dismissed()).map(RecordedFinding::finding).toList();
    }

    /** The version's QA record: every finding at approval, and for a dismissed one who dismissed it, when and why. */
    @PreAuthorize("isAuthenticated()")
    public List<RecordedFinding> qaRecord(long versionId) {
        return findings.forVersion(versionId);
    }

    @PreAuthorize("isAuthenticated()")
    public List<ApprovedVersion> versions(long articleId, org.transdesk.article.Output output) {
        return versions.all(articleId, output);
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<ApprovedVersion> latestApproved(long articleId, org.transdesk.article.Output output) {
        return versions.latest(articleId, output);
    }
}

package org.transdesk.review;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.audit.AuditLog;
import org.transdesk.qa.QaFinding;
import org.transdesk.review.internal.ContentHash;
import org.transdesk.review.internal.DraftRepository;
import org.transdesk.review.internal.ExportMarkRepository;
import org.transdesk.review.internal.FindingRepository;
import org.transdesk.review.internal.VersionRepository;
import org.transdesk.security.CurrentUser;

/**
 * Drafts and approvals. Editing needs EDITOR; approving and requesting changes need REVIEWER.
 * Every change writes a segment revision and an audit event in the same transaction, and every
 * workflow state change (Not started → Drafting → Needs review → Approved / Changes requested)
 * writes a {@code state.changed} audit event.
 */
@Service
public class DraftService {

    private final DraftRepository drafts;
    private final VersionRepository versions;
    private final ArticleService articles;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final DraftQa qa;
    private final ExportMarkRepository exportMarks;
    private final FindingRepository findings;
    private final ReviewSettings settings;

    DraftService(DraftRepository drafts, VersionRepository versions, ArticleService articles, AuditLog audit,
                 ApplicationEventPublisher events, DraftQa qa, ExportMarkRepository exportMarks, FindingRepository findings,
                 ReviewSettings settings) {
        this.drafts = drafts;
        this.versions = versions;
        this.articles = articles;
        this.audit = audit;
        this.events = events;
        this.qa = qa;
        this.exportMarks = exportMarks;
        this.findings = findings;
        this.settings = settings;
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Draft> find(long articleId, Output output) {
        return drafts.find(articleId, output);
    }

    @PreAuthorize("isAuthenticated()")
    public Map<Long, Map<Output, OutputState>> states(Collection<Long> articleIds) {
        return drafts.states(articleIds);
    }

    /**
     * Marks outputs as being drafted, so the library and other editors see it: all of them or, when
     * one is already being generated, none (one transaction, before any model is called).
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public void markDrafting(long articleId, Map<Output, DraftProvenance> engines) {
        Article article = articles.get(articleId);
        String user = CurrentUser.require();
        // a refusal rolls back the outputs already marked: the transaction is the all-or-nothing
        engines.forEach((output, engine) -> {
            Optional<DraftRepository.Head> head = drafts.head(articleId, output);
            if (head.isEmpty()) {
                try {
                    drafts.upsertHeader(articleId, output, article.sourceRevision(), engine, user); // created as Drafting
                } catch (DuplicateKeyException startedAtTheSameTime) {
                    throw alreadyDrafting(output);
                }
            } else if (!drafts.claimDrafting(head.get().id(), user)) {
                throw alreadyDrafting(output); // Drafting already, or another run claimed it after our look
            }
            auditStateChange(articleId, output, head.map(DraftRepository.Head::state).orElse(OutputState.NOT_STARTED), OutputState.DRAFTING);
        });
    }

    private static ReviewException alreadyDrafting(Output output) {
        return new ReviewException("The " + output.label() + " draft is already being generated.");
    }

    /** After a failed or cancelled generation: back to reviewable text, or to "not started" when there is none. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public void abandonDrafting(long articleId, Output output) {
        drafts.find(articleId, output).filter(d -> d.state() == OutputState.DRAFTING).ifPresent(d ->
                changeState(d, d.segments().isEmpty() ? OutputState.NOT_STARTED : OutputState.NEEDS_REVIEW, CurrentUser.require()));
    }

    /** Stores engine output as the draft's new text; earlier texts stay in the revision history. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Draft saveGenerated(long articleId, Output output, int sourceRevision, GeneratedDraft generated) {
        String user = CurrentUser.require();
        OutputState before = drafts.head(articleId, output).map(DraftRepository.Head::state).orElse(OutputState.NOT_STARTED);
        long draftId = drafts.upsertHeader(articleId, output, sourceRevision, generated.provenance(), user);
        List<GeneratedDraft.Segment> segments = generated.segments();
        drafts.replaceSegments(draftId, segments, "ENGINE", user);
        changeState(articleId, output, draftId, before, OutputState.NEEDS_REVIEW, user);
        audit.record("draft.generated", articleId, output.key(), segments.size() + " segments by " + generated.provenance().engine());
        events.publishEvent(new DraftGenerated(articleId, output, draftId, generated.provenance().engine()));
        return drafts.find(draftId).orElseThrow();
    }

    /**
     * Saves an editor's text for one segment, only if nobody saved it since the editor loaded
     * revision {@code basedOnRevision}; otherwise throws {@link EditConflictException} with both texts.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public SegmentText editSegment(long draftId, int position, String text, int basedOnRevision) {
        String cleaned = text == null ? "" : text.strip();
        return write(draftId, position, cleaned, basedOnRevision, "EDIT", "segment.edited", "");
    }

    /**
     * Makes an earlier text of a segment current again, as a new revision (history is never rewritten).
     * Like an edit, it names the revision the editor was looking at and conflicts if someone saved since.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public SegmentText restoreRevision(long draftId, int position, int revision, int basedOnRevision) {
        SegmentRevision earlier = drafts.revisions(draftId, position).stream().filter(r -> r.revision() == revision).findFirst()
                .orElseThrow(() -> new ReviewException("Paragraph " + position + " has no revision " + revision + "."));
        return write(draftId, position, earlier.text(), basedOnRevision, "RESTORE", "segment.restored",
                " (restored from revision " + revision + ")");
    }

    private SegmentText write(long draftId, int position, String text, int basedOnRevision, String kind, String action, String note) {
        String user = CurrentUser.require();
        Draft draft = drafts.find(draftId).orElseThrow(() -> new ReviewException("This draft no longer exists."));
        if (draft.state() == OutputState.DRAFTING) {
            throw new ReviewException("The " + draft.output().label() + " draft is being generated; edit it when generation has finished.");
        }
        SegmentText current = drafts.segment(draftId, position)
                .orElseThrow(() -> new ReviewException("Paragraph " + position + " does not exist in this draft."));
        if (text.equals(current.text())) {
            return current;
        }
        int revision = drafts.nextRevision(draftId, position);
        if (!drafts.replaceIfRevision(draftId, position, basedOnRevision, text, revision)) {
            var latest = drafts.revisions(draftId, position).getLast();
            throw new EditConflictException(position, current.text(), current.revision(), latest.author(), text);
        }
        drafts.addRevision(draftId, position, revision, text, kind, user);
        drafts.touch(draftId, user);
        drafts.markEditedBy(draftId, user);
        audit.record(action, draft.articleId(), draft.output().key(), "paragraph " + position + " → revision " + revision + note);
        changeState(draft, OutputState.NEEDS_REVIEW, user);
        return drafts.segment(draftId, position).orElseThrow();
    }

    /**
     * Stores a fresh engine text for one segment as a new ENGINE revision, only if nobody saved the
     * segment since the editor loaded {@code basedOnRevision} (else {@link EditConflictException}).
     * The segment's note carries the provenance, because the draft's provenance describes the whole draft.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public SegmentText saveRegeneratedSegment(long draftId, int position, GeneratedDraft.Segment segment, int basedOnRevision) {
        String user = CurrentUser.require();
        Draft draft = drafts.find(draftId).orElseThrow(() -> new ReviewException("This draft no longer exists."));
        if (draft.state() == OutputState.DRAFTING) {
            throw new ReviewException("The " + draft.output().label() + " draft is being generated; regenerate the paragraph when it has finished.");
        }
        SegmentText current = drafts.segment(draftId, position)
                .orElseThrow(() -> new ReviewException("Paragraph " + position + " does not exist in this draft."));
        String text = segment.text() == null ? "" : segment.text().strip();
        if (text.isEmpty()) {
            throw new ReviewException("The engine returned no text for paragraph " + position + "; nothing was changed.");
        }
        int revision = drafts.nextRevision(draftId, position);
        if (!drafts.putSegmentIfRevision(draftId, position, basedOnRevision, text, segment.origin(), segment.matchScore(), segment.note(), revision)) {
            var latest = drafts.revisions(draftId, position).getLast();
            throw new EditConflictException(position, current.text(), current.revision(), latest.author(), text);
        }
        drafts.addRevision(draftId, position, revision, text, "ENGINE", user);
        drafts.touch(draftId, user);
        audit.record("segment.regenerated", draft.articleId(), draft.output().key(),
                "paragraph " + position + " → revision " + revision + (segment.note() == null ? "" : " (" + segment.note() + ")"));
        changeState(draft, OutputState.NEEDS_REVIEW, user);
        return drafts.segment(draftId, position).orElseThrow();
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
     * rule on, the last editor of the text cannot approve it.
     */
    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional
    public ApprovedVersion approve(long draftId, String overrideReason) {
        String user = CurrentUser.require();
        Draft draft = drafts.find(draftId).orElseThrow(() -> new ReviewException("This draft no longer exists."));
        if (draft.state() == OutputState.DRAFTING) {
            throw new ReviewException("The " + draft.output().label() + " draft is still being generated.");
        }
        if (draft.segments().isEmpty() || draft.segments().stream().allMatch(s -> s.text().isBlank())) {
            throw new ReviewException("The " + draft.output().label() + " draft is empty: nothing to approve.");
        }
        if (fourEyesBlocks(draftId, user)) {
            throw new ReviewException("Four-eyes rule: you made the last edit to the " + draft.output().label()
                    + " draft, so another reviewer must approve it.");
        }
        String hash = ContentHash.of(draft.texts());
        Optional<ApprovedVersion> latest = versions.latest(draft.articleId(), draft.output());
        if (draft.state() == OutputState.APPROVED && latest.isPresent() && latest.get().contentHash().equals(hash)) {
            throw new ReviewException("Already approved as version " + latest.get().number() + "; nothing changed since.");
        }
        List<QaFinding> found = qa.check(draft).findings();
        String override = overrideFor(found, overrideReason);
        int number = versions.nextNumber(draft.articleId(), draft.output());
        long versionId = versions.insert(draft, number, user, hash, override);
        findings.insertAll(versionId, found);
        audit.record("version.approved", draft.articleId(), draft.output().key(), "version " + number + ", sha256 " + hash.substring(0, 12)
                + (override == null ? "" : ", QA errors overridden: " + override));
        changeState(draft, OutputState.APPROVED, user);
        Article article = articles.get(draft.articleId());
        events.publishEvent(new VersionApproved(article.id(), draft.output(), number, article.sourceLanguage(),
                draft.output().language(article.sourceLanguage()),
                draft.output().isTranslation() ? article.segments() : List.of(), draft.texts(), user, found.stream().filter(QaFinding::isError).toList()));
        return versions.byId(versionId).orElseThrow();
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
        if (reason == null || reason.isBlank()) {
            throw new QaBlockedException(errors);
        }
        if (reason.strip().length() > 2000) {
            throw new ReviewException("Keep the override reason under 2000 characters.");
        }
        return reason.strip();
    }

    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional
    public void requestChanges(long draftId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ReviewException("Say what should change: the editor sees your reason.");
        }
        if (reason.strip().length() > 2000) {
            throw new ReviewException("Keep the reason under 2000 characters.");
        }
        Draft draft = drafts.find(draftId).orElseThrow(() -> new ReviewException("This draft no longer exists."));
        if (draft.state() == OutputState.DRAFTING || draft.segments().isEmpty()) {
            throw new ReviewException("The " + draft.output().label() + " draft has no text to review yet.");
        }
        String user = CurrentUser.require();
        drafts.requestChanges(draftId, reason.strip(), user);
        audit.record("changes.requested", draft.articleId(), draft.output().key(), reason.strip());
        changeState(draft, OutputState.CHANGES_REQUESTED, user);
    }

    /** The reviewer's latest reason for sending this draft back, if changes were ever requested. */
    @PreAuthorize("isAuthenticated()")
    public Optional<ChangeRequest> changeRequest(long draftId) {
        return drafts.changeRequest(draftId);
    }

    /** Records that an approved version was exported in a format; the export feature calls this. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public void markExported(long versionId, String format) {
        if (format == null || !format.strip().matches("[a-z0-9.+-]{1,32}")) {
            throw new ReviewException("Export format must be a short lower-case name such as \"markdown\".");
        }
        ApprovedVersion version = versions.byId(versionId)
                .orElseThrow(() -> new ReviewException("Approved version " + versionId + " does not exist."));
        if (exportMarks.markIfAbsent(versionId, format.strip(), CurrentUser.require())) {
            audit.record("version.exported", version.articleId(), version.output().key(),
                    "version " + version.number() + " first exported as " + format.strip());
        }
    }

    @PreAuthorize("isAuthenticated()")
    public List<ExportMark> exportMarks(long versionId) {
        return exportMarks.forVersion(versionId);
    }

    /** The QA findings a version was approved with. */
    @PreAuthorize("isAuthenticated()")
    public List<QaFinding> findingsAtApproval(long versionId) {
        return findings.forVersion(versionId);
    }

    private void changeState(Draft draft, OutputState to, String user) {
        changeState(draft.articleId(), draft.output(), draft.id(), draft.state(), to, user);
    }

    /** Sets the state and audits the change; the same state again is no change and writes nothing. */
    private void changeState(long articleId, Output output, long draftId, OutputState from, OutputState to, String user) {
        if (from != to) {
            drafts.setState(draftId, to, user);
            auditStateChange(articleId, output, from, to);
        }
    }

    private void auditStateChange(long articleId, Output output, OutputState from, OutputState to) {
        audit.record("state.changed", articleId, output.key(), from.label() + " → " + to.label());
    }

    @PreAuthorize("isAuthenticated()")
    public List<ApprovedVersion> versions(long articleId, Output output) {
        return versions.all(articleId, output);
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<ApprovedVersion> latestApproved(long articleId, Output output) {
        return versions.latest(articleId, output);
    }

    @PreAuthorize("isAuthenticated()")
    public List<SegmentRevision> history(long draftId, int position) {
        return drafts.revisions(draftId, position);
    }
}

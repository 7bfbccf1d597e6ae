package org.transdesk.review;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.audit.AuditLog;
import org.transdesk.review.internal.ContentHash;
import org.transdesk.review.internal.DraftRepository;
import org.transdesk.review.internal.VersionRepository;
import org.transdesk.security.CurrentUser;

/**
 * Drafts and approvals. Editing needs EDITOR; approving and requesting changes need REVIEWER.
 * Every change writes a segment revision and an audit event in the same transaction.
 */
@Service
public class DraftService {

    private final DraftRepository drafts;
    private final VersionRepository versions;
    private final ArticleService articles;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    DraftService(DraftRepository drafts, VersionRepository versions, ArticleService articles, AuditLog audit,
                 ApplicationEventPublisher events) {
        this.drafts = drafts;
        this.versions = versions;
        this.articles = articles;
        this.audit = audit;
        this.events = events;
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Draft> find(long articleId, Output output) {
        return drafts.find(articleId, output);
    }

    @PreAuthorize("isAuthenticated()")
    public Map<Long, Map<Output, OutputState>> states(Collection<Long> articleIds) {
        return drafts.states(articleIds);
    }

    /** Marks an output as being drafted, so the library and other editors see it. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public void markDrafting(long articleId, Output output, DraftProvenance engine) {
        Article article = articles.get(articleId);
        String user = CurrentUser.require();
        Optional<Draft> existing = drafts.find(articleId, output);
        if (existing.isPresent() && existing.get().state() == OutputState.DRAFTING) {
            throw new ReviewException("The " + output.label() + " draft is already being generated.");
        }
        long id = existing.map(Draft::id).orElseGet(() -> drafts.upsertHeader(articleId, output, article.sourceRevision(), engine, user));
        drafts.setState(id, OutputState.DRAFTING, user);
    }

    /** After a failed or cancelled generation: back to reviewable text, or to "not started" when there is none. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public void abandonDrafting(long articleId, Output output) {
        drafts.find(articleId, output).filter(d -> d.state() == OutputState.DRAFTING).ifPresent(d ->
                drafts.setState(d.id(), d.segments().isEmpty() ? OutputState.NOT_STARTED : OutputState.NEEDS_REVIEW, CurrentUser.require()));
    }

    /** Stores engine output as the draft's new text; earlier texts stay in the revision history. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Draft saveGenerated(long articleId, Output output, int sourceRevision, GeneratedDraft generated) {
        String user = CurrentUser.require();
        long draftId = drafts.upsertHeader(articleId, output, sourceRevision, generated.provenance(), user);
        List<GeneratedDraft.Segment> segments = generated.segments();
        for (int position = 0; position < segments.size(); position++) {
            var s = segments.get(position);
            int revision = drafts.nextRevision(draftId, position);
            drafts.putSegment(draftId, position, s.text(), s.origin(), s.matchScore(), s.note(), revision);
            drafts.addRevision(draftId, position, revision, s.text(), "ENGINE", user);
        }
        drafts.truncateSegments(draftId, segments.size());
        drafts.setState(draftId, OutputState.NEEDS_REVIEW, user);
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
        String user = CurrentUser.require();
        Draft draft = drafts.find(draftId).orElseThrow(() -> new ReviewException("This draft no longer exists."));
        if (draft.state() == OutputState.DRAFTING) {
            throw new ReviewException("The " + draft.output().label() + " draft is being generated; edit it when generation has finished.");
        }
        SegmentText current = drafts.segment(draftId, position)
                .orElseThrow(() -> new ReviewException("Paragraph " + position + " does not exist in this draft."));
        String cleaned = text == null ? "" : text.strip();
        if (cleaned.equals(current.text())) {
            return current;
        }
        int revision = drafts.nextRevision(draftId, position);
        if (!drafts.replaceIfRevision(draftId, position, basedOnRevision, cleaned, revision)) {
            var latest = drafts.revisions(draftId, position).getLast();
            throw new EditConflictException(position, current.text(), current.revision(), latest.author(), cleaned);
        }
        drafts.addRevision(draftId, position, revision, cleaned, "EDIT", user);
        drafts.touch(draftId, user);
        if (draft.state() != OutputState.NEEDS_REVIEW) {
            drafts.setState(draftId, OutputState.NEEDS_REVIEW, user);
        }
        audit.record("segment.edited", draft.articleId(), draft.output().key(), "paragraph " + position + " → revision " + revision);
        return drafts.segment(draftId, position).orElseThrow();
    }

    /** Approves the draft as it is now: a new immutable, numbered version. */
    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional
    public ApprovedVersion approve(long draftId) {
        String user = CurrentUser.require();
        Draft draft = drafts.find(draftId).orElseThrow(() -> new ReviewException("This draft no longer exists."));
        if (draft.state() == OutputState.DRAFTING) {
            throw new ReviewException("The " + draft.output().label() + " draft is still being generated.");
        }
        if (draft.segments().isEmpty() || draft.segments().stream().allMatch(s -> s.text().isBlank())) {
            throw new ReviewException("The " + draft.output().label() + " draft is empty: nothing to approve.");
        }
        String hash = ContentHash.of(draft.texts());
        Optional<ApprovedVersion> latest = versions.latest(draft.articleId(), draft.output());
        if (draft.state() == OutputState.APPROVED && latest.isPresent() && latest.get().contentHash().equals(hash)) {
            throw new ReviewException("Already approved as version " + latest.get().number() + "; nothing changed since.");
        }
        int number = versions.nextNumber(draft.articleId(), draft.output());
        long versionId = versions.insert(draft, number, user, hash, null);
        drafts.setState(draftId, OutputState.APPROVED, user);
        audit.record("version.approved", draft.articleId(), draft.output().key(), "version " + number + ", sha256 " + hash.substring(0, 12));
        Article article = articles.get(draft.articleId());
        events.publishEvent(new VersionApproved(article.id(), draft.output(), number, article.sourceLanguage(),
                draft.output().language(article.sourceLanguage()),
                draft.output().isTranslation() ? article.segments() : List.of(), draft.texts()));
        return versions.byId(versionId).orElseThrow();
    }

    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional
    public void requestChanges(long draftId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ReviewException("Say what should change: the editor sees your reason.");
        }
        Draft draft = drafts.find(draftId).orElseThrow(() -> new ReviewException("This draft no longer exists."));
        drafts.setState(draftId, OutputState.CHANGES_REQUESTED, CurrentUser.require());
        audit.record("changes.requested", draft.articleId(), draft.output().key(), reason.strip());
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

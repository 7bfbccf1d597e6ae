package org.transdesk.review;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transdesk.article.ArticleService;
import org.transdesk.audit.AuditLog;
import org.transdesk.base.CleanText;
import org.transdesk.inline.TaggedText;
import org.transdesk.inline.TaggedText.TagProblem;
import org.transdesk.review.OutputState.ReviewAction;
import org.transdesk.review.ParagraphStatus.ParagraphEvent;
import org.transdesk.review.internal.DraftRepository;
import org.transdesk.security.CurrentUser;

/**
 * A person's work on draft paragraphs: typing, restoring an earlier text, confirming. Needs
 * EDITOR. Every change names the revision the editor saw and is refused when someone saved since
 * (nothing is overwritten); every text change is a new revision with author and time.
 */
@Service
public class EditingService {

    private final DraftRepository drafts;
    private final AuditLog audit;
    private final Workflow workflow;
    private final ArticleService articles;

    EditingService(DraftRepository drafts, AuditLog audit, Workflow workflow, ArticleService articles) {
        this.drafts = drafts;
        this.audit = audit;
        this.workflow = workflow;
        this.articles = articles;
    }

    /**
     * Saves an editor's text for one segment, only if nobody saved it since the editor loaded
     * revision {@code basedOnRevision}; otherwise throws {@link EditConflictException} with both texts.
     * The paragraph becomes Edited (Untranslated when emptied).
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public SegmentText editSegment(long draftId, int position, String text, int basedOnRevision) {
        String cleaned = text == null ? "" : CleanText.of(text).strip();
        refuseBrokenTags(draftId, position, cleaned);
        return write(draftId, position, cleaned, basedOnRevision, "EDIT", "segment.edited", "",
                cleaned.isEmpty() ? ParagraphEvent.CLEARED : ParagraphEvent.TYPED);
    }

    /**
     * Makes an earlier text of a segment current again, as a new revision (history is never rewritten).
     * Like an edit, it names the revision the editor was looking at and conflicts if someone saved since.
     * A person chose the text, so the paragraph counts as Edited even when the text was an engine's.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public SegmentText restoreRevision(long draftId, int position, int revision, int basedOnRevision) {
        SegmentRevision earlier = drafts.revisions(draftId, position).stream().filter(r -> r.revision() == revision).findFirst()
                .orElseThrow(() -> ReviewException.of("refusal.revision-gone", position, revision));
        return write(draftId, position, earlier.text(), basedOnRevision, "RESTORE", "segment.restored",
                " (restored from revision " + revision + ")", earlier.text().isBlank() ? ParagraphEvent.CLEARED : ParagraphEvent.RESTORED);
    }

    /**
     * An editor confirms a paragraph as it is (revision {@code basedOnRevision}): generating again keeps
     * it. Refused for an empty paragraph and when someone saved it since the editor read it.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public SegmentText confirm(long draftId, int position, int basedOnRevision) {
        String user = CurrentUser.require();
        Draft draft = drafts.find(draftId).orElseThrow(() -> ReviewException.of("refusal.draft-gone"));
        workflow.check(draft, ReviewAction.CONFIRM);
        SegmentText current = segment(draftId, position);
        if (current.revision() != basedOnRevision) {
            throw ReviewException.of("refusal.confirm.saved-again-revision", position, current.revision());
        }
        ParagraphStatus to = current.status().after(ParagraphEvent.CONFIRMED).orElseThrow(() ->
                ReviewException.of("refusal.confirm.empty", position));
        if (to == current.status()) {
            return current;
        }
        workflow.apply(draft, ReviewAction.CONFIRM, user);
        if (!drafts.setStatusIfRevision(draftId, position, basedOnRevision, to)) {
            throw ReviewException.of("refusal.confirm.saved-again", position);
        }
        audit.record("segment.confirmed", draft.articleId(), draft.output().key(), "paragraph " + position + " (revision " + basedOnRevision + ")");
        return segment(draftId, position);
    }

    private SegmentText write(long draftId, int position, String text, int basedOnRevision, String kind, String action, String note,
                              ParagraphEvent event) {
        String user = CurrentUser.require();
        Draft draft = drafts.find(draftId).orElseThrow(() -> ReviewException.of("refusal.draft-gone"));
        workflow.check(draft, ReviewAction.EDIT);
        SegmentText current = segment(draftId, position);
        if (text.equals(current.text())) {
            return current;
        }
        // the state first: it takes the draft's row lock, so a generation claiming the output waits for this save
        workflow.apply(draft, ReviewAction.EDIT, user);
        int revision = drafts.nextRevision(draftId, position);
        ParagraphStatus status = current.status().after(event).orElseThrow();
        if (!drafts.replaceIfRevision(draftId, position, basedOnRevision, text, revision, status)) {
            var latest = drafts.revisions(draftId, position).getLast();
            throw new EditConflictException(position, current.text(), current.revision(), latest.author(), text);
        }
        drafts.addRevision(draftId, position, revision, text, kind, user);
        drafts.markEditedBy(draftId, user);
        audit.record(action, draft.articleId(), draft.output().key(), "paragraph " + position + " → revision " + revision + note);
        return drafts.segment(draftId, position).orElseThrow();
    }

    /**
     * The formatting tags of an imported paragraph are protected: a translation may still lack one (the
     * {@code tags} QA check reports it and blocks approval), but a tag the source does not have, a tag written
     * twice, or tags closing out of order are refused before anything is stored.
     */
    private void refuseBrokenTags(long draftId, int position, String text) {
        if (!text.contains(TaggedText.OPEN)) {
            return; // no tag typed: nothing to read (most saves)
        }
        Draft draft = drafts.find(draftId).orElseThrow(() -> ReviewException.of("refusal.draft-gone"));
        if (!draft.output().isTranslation()) {
            return;
        }
        TaggedText source = articles.get(draft.articleId()).tagged(position);
        source.check(text).stream()
                .filter(p -> p.kind() == TagProblem.Kind.EXTRA || p.kind() == TagProblem.Kind.BROKEN)
                .findFirst()
                .ifPresent(p -> {
                    throw new ReviewException(new org.transdesk.base.Phrase(p.key(), p.args()));
                });
    }

    private SegmentText segment(long draftId, int position) {
        return drafts.segment(draftId, position)
                .orElseThrow(() -> ReviewException.of("refusal.paragraph-not-in-draft", position));
    }
}

package org.transdesk.review;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.audit.AuditLog;
import org.transdesk.base.CleanText;
import org.transdesk.review.OutputState.ReviewAction;
import org.transdesk.review.internal.DraftRepository;
import org.transdesk.security.CurrentUser;

/**
 * Engine text into drafts: a generation claims its outputs, drafts only what it may (people's
 * paragraphs are kept unless the editor chose {@link RegenerateMode#REPLACE_ALL}), stores the result
 * and ends the claim. Needs EDITOR. Every paragraph written gets a revision, so replaced text stays
 * in its history.
 */
@Service
public class DraftingService {

    private final DraftRepository drafts;
    private final ArticleService articles;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Workflow workflow;

    DraftingService(DraftRepository drafts, ArticleService articles, AuditLog audit, ApplicationEventPublisher events, Workflow workflow) {
        this.drafts = drafts;
        this.articles = articles;
        this.audit = audit;
        this.events = events;
        this.workflow = workflow;
    }

    /**
     * Paragraphs people edited or confirmed, per output that has any: what generating again would
     * replace with {@link RegenerateMode#REPLACE_ALL}. The workbench asks the editor first when this is not empty.
     */
    @PreAuthorize("isAuthenticated()")
    public Map<Output, Integer> humanWork(long articleId, Set<Output> outputs) {
        Map<Output, Integer> out = new EnumMap<>(Output.class);
        drafts.summaries(List.of(articleId)).getOrDefault(articleId, Map.of()).forEach((output, summary) -> {
            if (outputs.contains(output) && summary.counts().humanWork() > 0) {
                out.put(output, summary.counts().humanWork());
            }
        });
        return out;
    }

    /**
     * Claims outputs for a generation, so the library and other editors see them as Drafting: all of
     * them or, when one is already being generated, none (one transaction, before any engine is
     * called). Returns, per output, what the generation may draft: decided under the claim, so no
     * edit can slip in between.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Map<Output, DraftPlan> markDrafting(long articleId, Map<Output, DraftProvenance> engines, RegenerateMode mode) {
        Article article = articles.get(articleId);
        String user = CurrentUser.require();
        Map<Output, DraftPlan> plans = new EnumMap<>(Output.class);
        // a refusal rolls back the outputs already claimed: the transaction is the all-or-nothing
        engines.forEach((output, engine) -> {
            Optional<DraftRepository.Head> head = drafts.head(articleId, output);
            OutputState from = head.map(DraftRepository.Head::state).orElse(OutputState.NOT_STARTED);
            from.next(ReviewAction.START_DRAFTING, output);
            if (head.isEmpty()) {
                try {
                    drafts.insert(articleId, output, article.sourceRevision(), engine, user, OutputState.DRAFTING);
                } catch (DuplicateKeyException startedAtTheSameTime) {
                    throw OutputState.DRAFTING.refusalOf(ReviewAction.START_DRAFTING, output);
                }
            } else if (!drafts.claimDrafting(head.get().id(), user)) {
                throw OutputState.DRAFTING.refusalOf(ReviewAction.START_DRAFTING, output); // another run claimed it after our look
            }
            workflow.recorded(articleId, output, from, OutputState.DRAFTING, "");
            plans.put(output, plan(articleId, output, mode));
        });
        return plans;
    }

    /** Same as {@link #markDrafting(long, Map, RegenerateMode)} keeping people's paragraphs. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Map<Output, DraftPlan> markDrafting(long articleId, Map<Output, DraftProvenance> engines) {
        return markDrafting(articleId, engines, RegenerateMode.ONLY_THE_REST);
    }

    private DraftPlan plan(long articleId, Output output, RegenerateMode mode) {
        SortedSet<Integer> human = new TreeSet<>();
        drafts.find(articleId, output).ifPresent(d -> d.segments().stream().filter(s -> s.status().isHumanWork())
                .forEach(s -> human.add(s.position())));
        return new DraftPlan(output, mode, mode == RegenerateMode.REPLACE_ALL ? new TreeSet<>() : human, human.size());
    }

    /**
     * Stores what a generation drafted under its claim and ends the claim: Needs review when text was
     * written, otherwise the state the output had before (an approved output with nothing to draft
     * stays approved).
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public DraftOutcome finishDrafting(long articleId, Output output, int sourceRevision, GeneratedDraft generated, DraftPlan plan) {
        String user = CurrentUser.require();
        Draft draft = drafts.find(articleId, output).orElseThrow(() -> new ReviewException("The " + output.label() + " draft no longer exists."));
        if (draft.state() != OutputState.DRAFTING) {
            throw new ReviewException("The " + output.label() + " draft is no longer being generated (now " + draft.state().label()
                    + "); this result was not stored.");
        }
        Stored stored = store(draft, sourceRevision, generated, plan, user);
        OutputState to = stored.changed() ? OutputState.DRAFTING.next(ReviewAction.FINISH_DRAFTING, output)
                : OutputState.DRAFTING.backTo(drafts.draftingFrom(draft.id()).orElse(null), output);
        workflow.move(articleId, output, draft.id(), OutputState.DRAFTING, to, ReviewAction.FINISH_DRAFTING, user, "");
        return stored.outcome(drafts.find(draft.id()).orElseThrow());
    }

    /**
     * Stores engine text without a generation run of the workbench (the command line's {@code --save}).
     * Refused while a generation holds the output; people's paragraphs are kept unless {@code mode} is
     * {@link RegenerateMode#REPLACE_ALL}.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public DraftOutcome saveGenerated(long articleId, Output output, int sourceRevision, GeneratedDraft generated, RegenerateMode mode) {
        String user = CurrentUser.require();
        Article article = articles.get(articleId);
        Optional<Draft> found = drafts.find(articleId, output);
        OutputState from = found.map(Draft::state).orElse(OutputState.NOT_STARTED);
        OutputState changedTo = from.next(ReviewAction.SAVE_GENERATED, output);
        Draft draft;
        if (found.isPresent()) {
            draft = found.get();
        } else {
            try {
                long id = drafts.insert(articleId, output, article.sourceRevision(), generated.provenance(), user, OutputState.NOT_STARTED);
                draft = drafts.find(id).orElseThrow();
            } catch (DuplicateKeyException startedAtTheSameTime) {
                throw OutputState.DRAFTING.refusalOf(ReviewAction.SAVE_GENERATED, output);
            }
        }
        Stored stored = store(draft, sourceRevision, generated, plan(articleId, output, mode), user);
        workflow.move(articleId, output, draft.id(), from, stored.changed() ? changedTo : from, ReviewAction.SAVE_GENERATED, user, "");
        return stored.outcome(drafts.find(draft.id()).orElseThrow());
    }

    /** {@link #saveGenerated(long, Output, int, GeneratedDraft, RegenerateMode)} keeping people's paragraphs; returns the draft. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Draft saveGenerated(long articleId, Output output, int sourceRevision, GeneratedDraft generated) {
        return saveGenerated(articleId, output, sourceRevision, generated, RegenerateMode.ONLY_THE_REST).draft();
    }

    private record Stored(int length, int drafted, int untranslated, int kept, int replaced, boolean offline) {
        boolean changed() {
            return drafted + untranslated + replaced > 0;
        }

        DraftOutcome outcome(Draft draft) {
            return new DraftOutcome(draft, length, drafted, untranslated, kept, replaced, offline);
        }
    }

    private Stored store(Draft draft, int sourceRevision, GeneratedDraft generated, DraftPlan plan, String user) {
        boolean offline = "offline".equals(generated.provenance().engine());
        int length = Math.max(generated.length(), draft.segments().size());
        if (plan.keepsWholeSummary()) {
            return new Stored(draft.segments().size(), 0, 0, plan.kept().size(), 0, offline);
        }
        GeneratedDraft cleaned = clean(generated, plan);
        boolean replace = plan.mode() == RegenerateMode.REPLACE_ALL;
        Map<Integer, ParagraphStatus> written = drafts.writeEngineSegments(draft.id(), cleaned, replace, "ENGINE", user);
        int replaced = (int) written.values().stream().filter(s -> s != null && s.isHumanWork()).count();
        if (replace || !draft.output().isTranslation()) {
            // a whole new output: paragraphs beyond its length go (their revisions stay)
            List<ParagraphStatus> dropped = drafts.truncateSegments(draft.id(), generated.length());
            replaced += (int) dropped.stream().filter(ParagraphStatus::isHumanWork).count();
            length = generated.length();
        }
        int untranslated = (int) written.keySet().stream().filter(p -> cleaned.drafted().get(p).text().isBlank()).count();
        int drafted = written.size() - untranslated;
        int kept = (int) draft.segments().stream().filter(s -> s.status().isHumanWork() && !written.containsKey(s.position())
                && s.position() < generated.length()).count();
        Stored stored = new Stored(length, drafted, untranslated, kept, replaced, offline);
        if (stored.changed()) {
            drafts.setProvenance(draft.id(), sourceRevision, generated.provenance(), user);
            audit.record("draft.generated", draft.articleId(), draft.output().key(), drafted + " paragraphs drafted, "
                    + untranslated + " left untranslated, " + kept + " kept" + (replaced > 0 ? ", " + replaced + " edited or confirmed replaced" : "")
                    + " by " + generated.provenance().engine());
            events.publishEvent(new DraftGenerated(draft.articleId(), draft.output(), draft.id(), generated.provenance().engine()));
        }
        return stored;
    }

    /** Engine text is cleaned like every other text; positions the plan keeps are not written. */
    private static GeneratedDraft clean(GeneratedDraft generated, DraftPlan plan) {
        var kept = new java.util.TreeMap<Integer, GeneratedDraft.Segment>();
        generated.drafted().forEach((position, s) -> {
            if (plan.drafts(position)) {
                String text = s.text() == null ? "" : CleanText.of(s.text()).strip();
                kept.put(position, new GeneratedDraft.Segment(text, s.origin(), s.matchScore(), s.note()));
            }
        });
        return new GeneratedDraft(kept, generated.length(), generated.provenance());
    }

    /**
     * After a failed or cancelled generation that stored nothing: back to the state before it, or to
     * "not started" when there is no text.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public void abandonDrafting(long articleId, Output output) {
        drafts.find(articleId, output).filter(d -> d.state() == OutputState.DRAFTING).ifPresent(d -> {
            OutputState to = d.segments().isEmpty() ? OutputState.NOT_STARTED
                    : OutputState.DRAFTING.backTo(drafts.draftingFrom(d.id()).orElse(null), output);
            workflow.move(articleId, output, d.id(), OutputState.DRAFTING, to, ReviewAction.FINISH_DRAFTING, CurrentUser.require(), "");
        });
    }

    /**
     * Stores a fresh engine text for one segment as a new ENGINE revision, only if nobody saved the
     * segment since the editor loaded {@code basedOnRevision} (else {@link EditConflictException}).
     * The editor asked for this paragraph, so it is replaced whatever its status. The segment's note
     * carries the provenance, because the draft's provenance describes the whole draft.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public SegmentText saveRegeneratedSegment(long draftId, int position, GeneratedDraft.Segment segment, int basedOnRevision) {
        String user = CurrentUser.require();
        Draft draft = drafts.find(draftId).orElseThrow(() -> new ReviewException("This draft no longer exists."));
        workflow.check(draft, ReviewAction.REGENERATE_PARAGRAPH);
        SegmentText current = drafts.segment(draftId, position)
                .orElseThrow(() -> new ReviewException("Paragraph " + position + " does not exist in this draft."));
        String text = segment.text() == null ? "" : CleanText.of(segment.text()).strip();
        if (text.isEmpty()) {
            throw new ReviewException("The engine returned no text for paragraph " + position + "; nothing was changed.");
        }
        workflow.apply(draft, ReviewAction.REGENERATE_PARAGRAPH, user);
        int revision = drafts.nextRevision(draftId, position);
        ParagraphStatus status = current.status().after(ParagraphStatus.ParagraphEvent.ENGINE_TEXT).orElseThrow();
        if (!drafts.putSegmentIfRevision(draftId, position, basedOnRevision, text, segment.origin(), segment.matchScore(), segment.note(),
                revision, status)) {
            var latest = drafts.revisions(draftId, position).getLast();
            throw new EditConflictException(position, current.text(), current.revision(), latest.author(), text);
        }
        drafts.addRevision(draftId, position, revision, text, "ENGINE", user);
        audit.record("segment.regenerated", draft.articleId(), draft.output().key(),
                "paragraph " + position + " → revision " + revision + (segment.note() == null ? "" : " (" + segment.note() + ")"));
        return drafts.segment(draftId, position).orElseThrow();
    }
}

package org.transdesk.review;

import java.time.Instant;
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
import org.transdesk.base.NodeId;
import org.transdesk.review.OutputState.ReviewAction;
import org.transdesk.review.internal.DraftRepository;
import org.transdesk.review.internal.RunRepository;
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
    private final RunRepository runs;
    private final RunSettings runSettings;
    private final NodeId node;
    private final org.transdesk.article.Outputs configured;
    private final org.transdesk.article.ArticleOutputs articleOutputs;

    DraftingService(DraftRepository drafts, ArticleService articles, AuditLog audit, ApplicationEventPublisher events, Workflow workflow,
                    RunRepository runs, RunSettings runSettings, NodeId node, org.transdesk.article.Outputs configured,
                    org.transdesk.article.ArticleOutputs articleOutputs) {
        this.configured = configured;
        this.articleOutputs = articleOutputs;
        this.drafts = drafts;
        this.runs = runs;
        this.runSettings = runSettings;
        this.node = node;
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
        Map<Output, Integer> out = new java.util.LinkedHashMap<>();
        drafts.summaries(List.of(articleId)).getOrDefault(articleId, Map.of()).forEach((output, summary) -> {
            if (outputs.contains(output) && summary.counts().humanWork() > 0) {
                out.put(output, summary.counts().humanWork());
            }
        });
        return out;
    }

    /**
     * Starts a generation run: records it (owner node, lease) and claims its outputs, so the library,
     * other editors, other nodes and the command line see them as Drafting: all of them or, when one is
     * held by a run whose lease is valid, none (one transaction, before any engine is called, so a
     * second paid model run is refused). An output whose run's lease expired (its node stopped) is
     * taken over. Returns, per output, what the run may draft: decided under the claim, so no edit can
     * slip in between.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public RunClaim startRun(long articleId, Map<Output, DraftProvenance> engines, RegenerateMode mode) {
        Article article = articles.get(articleId);
        String user = CurrentUser.require();
        Set<Output> dropped = articleOutputs.dropped(articleId);
        for (Output output : engines.keySet()) {
            if (dropped.contains(output)) { // an output dropped from the article is not drafted until it is added back
                throw ReviewException.of("refusal.article-outputs.dropped", output.key());
            }
        }
        Instant now = Instant.now();
        List<Output> outputs = configured.ordered(engines.keySet()); // one order for every run: claims never wait on each other in a circle
        long runId = runs.insertRun(articleId, outputs, mode, user, node.id(), now.plus(runSettings.lease()), now);
        Map<Output, DraftPlan> plans = new java.util.LinkedHashMap<>();
        // a refusal rolls back the run and the outputs already claimed: the transaction is the all-or-nothing
        for (Output output : outputs) {
            Optional<DraftRepository.Head> head = drafts.head(articleId, output);
            OutputState from = head.map(DraftRepository.Head::state).orElse(OutputState.NOT_STARTED);
            if (head.isEmpty()) {
                try {
                    long draftId = drafts.insert(articleId, output, article.sourceRevision(), engines.get(output), user, OutputState.DRAFTING);
                    runs.setRun(draftId, runId);
                } catch (DuplicateKeyException startedAtTheSameTime) {
                    throw OutputState.DRAFTING.refusalOf(ReviewAction.START_DRAFTING, output);
                }
            } else {
                Optional<RunRepository.Holder> holder = runs.holder(head.get().id(), now);
                if (holder.isPresent() && holder.get().valid()) {
                    throw alreadyRunning(output, holder.get());
                }
                Long staleHolder = holder.map(h -> h.runId() == null ? 0L : h.runId()).orElse(null);
                if (!runs.claim(head.get().id(), runId, user, now, staleHolder)) {
                    throw OutputState.DRAFTING.refusalOf(ReviewAction.START_DRAFTING, output); // another run claimed it after our look
                }
                if (holder.isPresent() && holder.get().runId() != null) {
                    long expired = holder.get().runId();
                    runs.expire(expired, "Lease expired (node " + holder.get().node() + " stopped?); taken over by run " + runId, now);
                    audit.record("generation.taken-over", articleId, output.key(), "run " + expired + " on " + holder.get().node()
                            + " lost its lease; run " + runId + " on " + node.id() + " took the output over");
                }
            }
            workflow.recorded(articleId, output, from, OutputState.DRAFTING, "");
            plans.put(output, plan(articleId, output, mode));
        }
        audit.record("generation.started", articleId, null, "run " + runId + " on " + node.id() + ": "
                + String.join(", ", outputs.stream().map(Output::key).toList())
                + " (" + mode.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")");
        return new RunClaim(runId, plans);
    }

    private static ReviewException alreadyRunning(Output output, RunRepository.Holder holder) {
        return holder.startedBy() == null ? ReviewException.of("refusal.generation.running", ReviewException.output(output))
                : ReviewException.of("refusal.generation.running-by", ReviewException.output(output), holder.startedBy(), holder.node());
    }

    private DraftPlan plan(long articleId, Output output, RegenerateMode mode) {
        SortedSet<Integer> human = new TreeSet<>();
        drafts.find(articleId, output).ifPresent(d -> d.segments().stream().filter(s -> s.status().isHumanWork())
                .forEach(s -> human.add(s.position())));
        return new DraftPlan(output, mode, mode == RegenerateMode.REPLACE_ALL ? new TreeSet<>() : human, human.size());
    }

    /**
     * Stores what a run drafted and ends its claim on the output: Needs review when text was written,
     * otherwise the state the output had before (an approved output with nothing to draft stays
     * approved). Only while the run holds its claim (active, lease valid, the output still its own):
     * otherwise {@link ClaimLostException} and nothing is stored, because an editor may have changed
     * the text since the output was taken over. A cancelled run stores what it drafted before the stop.
     *
     * @param asked     paragraphs sent to the engine
     * @param reached   paragraphs the engine finished before a cancel ({@code asked} when not cancelled)
     * @param cancelled whether the run was cancelled: {@code generated} then holds the paragraphs reached
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public DraftOutcome finishDrafting(long runId, long articleId, Output output, int sourceRevision, GeneratedDraft generated,
                                       DraftPlan plan, int asked, int reached, boolean cancelled) {
        String user = CurrentUser.require();
        Instant now = Instant.now();
        Draft draft = drafts.find(articleId, output).orElseThrow(() -> ReviewException.of("refusal.draft-gone-output", ReviewException.output(output)));
        requireClaim(runId, draft, now);
        Stored stored = store(draft, sourceRevision, generated, plan, user);
        OutputState to = stored.changed() ? OutputState.DRAFTING.next(ReviewAction.FINISH_DRAFTING, output)
                : OutputState.DRAFTING.backTo(drafts.draftingFrom(draft.id()).orElse(null), output);
        if (!runs.release(draft.id(), runId, to, user, now)) {
            throw new ClaimLostException("The " + output.label() + " draft was taken over by another run; this run's result was discarded.");
        }
        workflow.recorded(articleId, output, OutputState.DRAFTING, to, "");
        DraftOutcome outcome = stored.outcome(drafts.find(draft.id()).orElseThrow(), asked, reached, cancelled);
        runs.endOutput(runId, output, cancelled ? RunState.CANCELLED : RunState.FINISHED, reached, asked, outcome.notice());
        return outcome;
    }

    /** Refuses when the run no longer holds the output; locks the run's row, so a takeover waits for this transaction. */
    private void requireClaim(long runId, Draft draft, Instant now) {
        if (!runs.holds(runId, now) || !runs.draftHeldBy(draft.id(), runId)) {
            throw new ClaimLostException("Run " + runId + " no longer holds the " + draft.output().label()
                    + " draft (its lease expired and the output was taken over or reset); its result was discarded so that"
                    + " nothing written meanwhile is overwritten.");
        }
    }

    /**
     * A run failed on an output (engine refusal, model error, any {@code Throwable}): the output goes
     * back to the state it had, the claim is released, and the run records why. For a claim already
     * lost only the run's record changes.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public void failDrafting(long runId, long articleId, Output output, String reason) {
        String user = CurrentUser.require();
        Instant now = Instant.now();
        String cleaned = reason == null ? "unknown" : CleanText.of(reason);
        String stored = cleaned.length() > 2000 ? cleaned.substring(0, 1997) + "..." : cleaned;
        drafts.find(articleId, output).filter(d -> d.state() == OutputState.DRAFTING && runs.draftHeldBy(d.id(), runId)).ifPresent(d -> {
            OutputState to = d.segments().isEmpty() ? OutputState.NOT_STARTED
                    : OutputState.DRAFTING.backTo(drafts.draftingFrom(d.id()).orElse(null), output);
            if (runs.release(d.id(), runId, to, user, now)) {
                workflow.recorded(articleId, output, OutputState.DRAFTING, to, " (generation failed)");
            }
        });
        runs.endOutput(runId, output, RunState.FAILED, 0, 0, stored);
        audit.record("generation.failed", articleId, output.key(), "run " + runId + ": " + stored);
    }

    /** Ends the run once every output has ended: Cancelled, Failed (any output failed) or Finished. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public RunStatus endRun(long runId) {
        RunStatus run = runs.find(runId).orElseThrow(() -> ReviewException.of("refusal.run-gone", runId));
        var ends = run.perOutput().values();
        RunState end = ends.stream().anyMatch(o -> o.state() == RunState.CANCELLED) || run.state() == RunState.CANCEL_REQUESTED
                ? RunState.CANCELLED
                : ends.stream().anyMatch(o -> o.state() == RunState.FAILED) ? RunState.FAILED : RunState.FINISHED;
        String reason = String.join("; ", ends.stream().filter(o -> o.reason() != null).map(o -> o.output().key() + ": " + o.reason()).toList());
        runs.endRun(runId, end, reason.length() > 2000 ? reason.substring(0, 1997) + "..." : reason, Instant.now());
        return runs.find(runId).orElseThrow();
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
            return outcome(draft, drafted + untranslated, drafted + untranslated, false);
        }

        DraftOutcome outcome(Draft draft, int asked, int reached, boolean cancelled) {
            return new DraftOutcome(draft, length, drafted, untranslated, kept, replaced, offline, asked, reached, cancelled);
        }
    }

    private Stored store(Draft draft, int sourceRevision, GeneratedDraft generated, DraftPlan plan, String user) {
        boolean offline = "offline".equals(generated.provenance().engine());
        int length = Math.max(generated.length(), draft.segments().size());
        if (plan.keepsWholeSummary()) {
            return new Stored(draft.segments().size(), 0, 0, plan.kept().size(), 0, offline);
        }
        GeneratedDraft cleaned = clean(generated, plan);
        if (cleaned.drafted().isEmpty()) {
            return new Stored(draft.segments().size(), 0, 0, (int) draft.segments().stream().filter(x -> x.status().isHumanWork()).count(), 0, offline);
        }
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
     * Stores a fresh engine text for one segment as a new ENGINE revision, only if nobody saved the
     * segment since the editor loaded {@code basedOnRevision} (else {@link EditConflictException}).
     * The editor asked for this paragraph, so it is replaced whatever its status. The segment's note
     * carries the provenance, because the draft's provenance describes the whole draft.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public SegmentText saveRegeneratedSegment(long draftId, int position, GeneratedDraft.Segment segment, int basedOnRevision) {
        String user = CurrentUser.require();
        Draft draft = drafts.find(draftId).orElseThrow(() -> ReviewException.of("refusal.draft-gone"));
        workflow.check(draft, ReviewAction.REGENERATE_PARAGRAPH);
        SegmentText current = drafts.segment(draftId, position)
                .orElseThrow(() -> ReviewException.of("refusal.paragraph-not-in-draft", position));
        String text = segment.text() == null ? "" : CleanText.of(segment.text()).strip();
        if (text.isEmpty()) {
            throw ReviewException.of("refusal.regenerate.no-text", position);
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

package org.transdesk.generation;

import org.transdesk.review.ReviewException;
import org.transdesk.base.Phrase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.base.UserFacingException;
import org.transdesk.llm.DraftSegment;
import org.transdesk.llm.EngineInfo;
import org.transdesk.llm.GeneratedText;
import org.transdesk.llm.GenerationCancelledException;
import org.transdesk.llm.GenerationListener;
import org.transdesk.llm.LanguageModels;
import org.transdesk.llm.Provenance;
import org.transdesk.llm.SourceSegment;
import org.transdesk.llm.SummaryRequest;
import org.transdesk.llm.TranslationRequest;
import org.transdesk.review.ClaimLostException;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftOutcome;
import org.transdesk.review.DraftPlan;
import org.transdesk.review.DraftProvenance;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.GenerationRunService;
import org.transdesk.review.GeneratedDraft;
import org.transdesk.review.OutputState;
import org.transdesk.review.RegenerateMode;
import org.transdesk.review.RunClaim;
import org.transdesk.review.SegmentText;

/**
 * Starts generation of an article's outputs, each on its own virtual thread, under the
 * starting user's identity (so role checks and authorship hold in the worker). Each start is a run
 * recorded in the database with this node as owner and a lease the heartbeat renews; a run stores
 * its result only while it holds its claim. Cancel stops the engine at the next paragraph or streamed
 * chunk (an in-flight model call is aborted) and keeps the paragraphs reached; any {@code Throwable}
 * fails the output cleanly: earlier state, claim released, reason recorded and logged.
 */
@Service
public class GenerationService {

    private static final Logger log = LoggerFactory.getLogger(GenerationService.class);
    /** What the editor reads when another node took the run over: nothing of this run was stored. */
    private static final Phrase LOST_LEASE = Phrase.of("refusal.generation.lost-lease");

    /** Streamed text reaches observers at most this often per output: a push per token would flood the browser. */
    public static final long STREAM_INTERVAL_MS = 150;

    private final ArticleService articles;
    private final LanguageModels models;
    private final DraftService drafts;
    private final DraftingService drafting;
    private final GenerationSettings settings;
    private final GenerationRunService runs;
    private final RunHeartbeat heartbeat;
    private final org.transdesk.review.ApprovalService approval;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

    GenerationService(ArticleService articles, LanguageModels models, DraftService drafts, DraftingService drafting,
                      GenerationSettings settings, GenerationRunService runs, RunHeartbeat heartbeat,
                      org.transdesk.review.ApprovalService approval) {
        this.approval = approval;
        this.runs = runs;
        this.heartbeat = heartbeat;
        this.articles = articles;
        this.models = models;
        this.drafts = drafts;
        this.drafting = drafting;
        this.settings = settings;
    }

    /** Drafts the outputs keeping people's paragraphs ({@link RegenerateMode#ONLY_THE_REST}). */
    @PreAuthorize("hasRole('EDITOR')")
    public GenerationRun start(long articleId, Set<Output> outputs, GenerationObserver observer) {
        return start(articleId, outputs, RegenerateMode.ONLY_THE_REST, observer);
    }

    /**
     * Claims the outputs and drafts them off the calling thread. Only the paragraphs the claim's plan
     * leaves to the engine are sent to it: with {@link RegenerateMode#ONLY_THE_REST}, untranslated
     * paragraphs and machine drafts; people's paragraphs are neither sent nor paid for.
     */
    @PreAuthorize("hasRole('EDITOR')")
    public GenerationRun start(long articleId, Set<Output> outputs, RegenerateMode mode, GenerationObserver observer) {
        Article article = articles.get(articleId);
        Map<Output, DraftProvenance> engines = new java.util.LinkedHashMap<>();
        for (Output output : outputs) {
            EngineInfo engine = models.engineFor(output.key());
            engines.put(output, new DraftProvenance(engine.engineId(), engine.label(), engine.model(), null, null, 0, 0, 0, null));
        }
        // all or nothing: an output held by a run with a valid lease refuses the whole run
        RunClaim claim = drafting.startRun(articleId, engines, mode);
        GenerationRun run = new GenerationRun(claim.runId(), runs);
        heartbeat.watch(run);
        List<CompletableFuture<Void>> jobs = new ArrayList<>();
        for (Output output : engines.keySet()) {
            Runnable job = new DelegatingSecurityContextRunnable(() -> generate(article, claim.plans().get(output), run, observer));
            jobs.add(CompletableFuture.runAsync(job, workers));
        }
        CompletableFuture<Void> end = CompletableFuture.allOf(jobs.toArray(CompletableFuture[]::new))
                .handle((ok, error) -> null)
                .thenRunAsync(new DelegatingSecurityContextRunnable(() -> end(run)), workers);
        List<CompletableFuture<?>> all = new ArrayList<>(jobs);
        all.add(end);
        run.attach(all);
        return run;
    }

    /** Every output has ended: the heartbeat stops and the run's end is recorded. */
    private void end(GenerationRun run) {
        heartbeat.stop(run);
        try {
            drafting.endRun(run.id());
        } catch (Throwable e) {
            log.error("Could not record the end of generation run {}; its lease will expire", run.id(), e);
        }
    }

    /**
     * Translates one paragraph again (position 0 is the headline) through the output's route, with the
     * paragraph before it as context, and stores the result as a new ENGINE revision. Refused, with
     * nothing changed, for the summary (its paragraphs are not aligned with the source), while the
     * draft is being generated, and when someone saved the paragraph after revision {@code basedOnRevision}.
     */
    @PreAuthorize("hasRole('EDITOR')")
    public SegmentText regenerateSegment(long articleId, Output output, int position, int basedOnRevision) {
        return regenerateSegment(articleId, output, position, basedOnRevision, ParagraphListener.NONE);
    }

    /**
     * As {@link #regenerateSegment(long, Output, int, int)}, with the model's text streamed to {@code listener}
     * as it arrives; when the listener says cancelled, the in-flight model call is aborted and
     * {@link RegenerationCancelledException} is thrown with nothing stored.
     */
    @PreAuthorize("hasRole('EDITOR')")
    public SegmentText regenerateSegment(long articleId, Output output, int position, int basedOnRevision, ParagraphListener listener) {
        if (!output.isTranslation()) {
            throw new UserFacingException(Phrase.of("refusal.regenerate.summary"));
        }
        Article article = articles.get(articleId);
        Draft draft = drafts.find(articleId, output)
                .orElseThrow(() -> new UserFacingException(Phrase.of("refusal.state.not-started", ReviewException.output(output))));
        draft.state().next(OutputState.ReviewAction.REGENERATE_PARAGRAPH, output);
        List<String> source = article.segments();
        if (draft.sourceRevision() != article.sourceRevision()) {
            throw new UserFacingException(Phrase.of("refusal.regenerate.source-changed", ReviewException.output(output)));
        }
        if (position < 0 || position >= source.size() || position >= draft.segments().size()) {
            throw new UserFacingException(Phrase.of("refusal.regenerate.no-paragraph", position, ReviewException.output(output)));
        }
        SegmentText current = draft.segments().get(position);
        if (current.revision() != basedOnRevision) {
            throw new UserFacingException(Phrase.of("refusal.regenerate.saved-again", position, current.revision()));
        }
        var request = new TranslationRequest(output.key(), article.sourceLanguage(), output.language(article.sourceLanguage()),
                List.of(new SourceSegment(segmentId(position), source.get(position))),
                position == 0 ? null : source.get(position - 1), true);
        GeneratedText text;
        try {
            text = models.translate(request, streamingTo(listener));
        } catch (GenerationCancelledException e) {
            throw new RegenerationCancelledException(position);
        }
        if (listener.cancelled()) { // the answer came in as the editor cancelled: they asked for the paragraph as it was
            throw new RegenerationCancelledException(position);
        }
        DraftSegment result = text.segments().getFirst();
        if (result.text() == null || result.text().isBlank()) {
            boolean memory = "offline".equals(text.provenance().engine());
            Phrase nothing = result.note() == null
                    ? Phrase.of(memory ? "refusal.regenerate.nothing-from-memory" : "refusal.regenerate.no-usable-text", position)
                    : Phrase.of(memory ? "refusal.regenerate.nothing-from-memory-note" : "refusal.regenerate.no-usable-text-note", position, result.note());
            throw new UserFacingException(nothing);
        }
        return drafting.saveRegeneratedSegment(draft.id(), position,
                new GeneratedDraft.Segment(result.text(), result.origin().name(), result.matchScore(), regeneratedNote(result, text.provenance())),
                basedOnRevision);
    }

    /** The engine's callbacks for one paragraph, streamed text throttled as for whole drafts. */
    private static GenerationListener streamingTo(ParagraphListener listener) {
        return new GenerationListener() {
            private final StreamThrottle throttle = new StreamThrottle();

            @Override
            public void textStreamed(int index, String partial) {
                if (throttle.due()) {
                    try {
                        listener.streamed(partial);
                    } catch (RuntimeException e) {
                        log.warn("A paragraph regeneration listener failed", e);
                    }
                }
            }

            @Override
            public boolean cancelled() {
                return listener.cancelled();
            }
        };
    }

    private static String regeneratedNote(DraftSegment segment, Provenance p) {
        StringBuilder note = new StringBuilder("Regenerated by ").append(p.engineLabel());
        if (p.model() != null) {
            note.append(" (").append(p.model()).append(')');
        }
        if (p.promptVersion() != null) {
            note.append(", prompt ").append(p.promptVersion());
        }
        if (p.glossaryVersion() != null) {
            note.append(", glossary ").append(p.glossaryVersion());
        }
        note.append(", ").append(p.promptTokens() + p.completionTokens()).append(" tokens, ").append(p.latencyMs()).append(" ms");
        return segment.note() == null || segment.note().isBlank() ? note.toString() : note + ". " + segment.note();
    }

    private static String segmentId(int position) {
        return position == 0 ? "title" : "p" + position;
    }

    private void generate(Article article, DraftPlan plan, GenerationRun run, GenerationObserver observer) {
        Output output = plan.output();
        List<String> segments = article.segments();
        List<Integer> positions = output.isTranslation()
                ? IntStream.range(0, segments.size()).filter(plan::drafts).boxed().toList()
                : List.of();
        Map<Integer, DraftSegment> reached = new ConcurrentHashMap<>();
        GenerationListener listener = new GenerationListener() {
            private final StreamThrottle throttle = new StreamThrottle();

            @Override
            public void segmentReady(int index, int total, DraftSegment segment) {
                reached.put(index, segment);
                run.progress(output, reached.size(), total);
                safely(output, () -> observer.progress(output, reached.size(), total));
            }

            @Override
            public void textStreamed(int index, String partial) {
                if (throttle.due()) {
                    int shown = output.isTranslation() && index < positions.size() ? positions.get(index) : index;
                    safely(output, () -> observer.textStreamed(output, shown, partial));
                }
            }

            @Override
            public boolean cancelled() {
                return run.isCancelled();
            }
        };
        int asked = output.isTranslation() ? positions.size() : plan.keepsWholeSummary() ? 0 : 1;
        run.progress(output, 0, asked);
        try {
            GeneratedDraft generated;
            if (output.isTranslation()) {
                GeneratedText text = positions.isEmpty() ? nothingAsked(output)
                        : models.translate(translationRequest(article, output, positions), listener);
                generated = GeneratedDrafts.of(text, positions, segments.size());
            } else if (plan.keepsWholeSummary()) {
                generated = GeneratedDrafts.of(nothingAsked(output));
            } else {
                generated = GeneratedDrafts.of(models.summarize(summaryRequest(article, output), listener));
            }
            if (run.hasLostClaim()) {
                throw new GenerationCancelledException();
            }
            DraftOutcome outcome = drafting.finishDrafting(run.id(), article.id(), output, article.sourceRevision(), generated, plan,
                    asked, asked, false);
            safely(output, () -> observer.finished(output, outcome));
        } catch (GenerationCancelledException e) {
            cancelled(article, plan, run, observer, positions, reached);
        } catch (ClaimLostException e) { // the store found the claim gone before the heartbeat did: the same end as cancelled() below
            log.warn("Generation run {} of {} for article {} lost its lease: result discarded ({})", run.id(), output.key(), article.id(), e.getMessage());
            fail(article, output, run, e.getMessage());
            safely(output, () -> observer.failed(output, LOST_LEASE.english(), LOST_LEASE));
        } catch (UserFacingException e) {
            fail(article, output, run, e.getMessage());
            safely(output, () -> observer.failed(output, e.getMessage(), e.phrase().orElse(null)));
        } catch (Throwable e) { // OutOfMemoryError, StackOverflowError, a bug: the output must not stay Drafting
            log.error("Generation run {} of {} for article {} failed", run.id(), output.key(), article.id(), e);
            // the run record and the API keep the English; the editor reads it in the screen's language, the exception as a detail
            Phrase reason = Phrase.of("refusal.generation.unexpected", e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            fail(article, output, run, reason.english());
            safely(output, () -> observer.failed(output, reason.english(), reason));
        }
    }

    /**
     * A cancelled run keeps the translated paragraphs it reached (a partial summary is not a summary:
     * the previous one stays). A run that lost its claim keeps nothing: the output is someone else's now.
     */
    private void cancelled(Article article, DraftPlan plan, GenerationRun run, GenerationObserver observer, List<Integer> positions,
                           Map<Integer, DraftSegment> reached) {
        Output output = plan.output();
        if (run.hasLostClaim()) {
            log.warn("Generation run {} of {} for article {} lost its lease: result discarded", run.id(), output.key(), article.id());
            fail(article, output, run, "This node lost the run's lease (it was taken over or reset); the result was discarded.");
            safely(output, () -> observer.failed(output, LOST_LEASE.english(), LOST_LEASE));
            return;
        }
        try {
            java.util.SortedMap<Integer, GeneratedDraft.Segment> kept = new java.util.TreeMap<>();
            if (output.isTranslation()) {
                reached.forEach((index, s) -> kept.put(positions.get(index),
                        new GeneratedDraft.Segment(s.text(), s.origin().name(), s.matchScore(), s.note())));
                // paragraphs not reached keep their text; where the output has none yet they are marked, not left out
                java.util.Set<Integer> existing = new java.util.HashSet<>();
                drafts.find(article.id(), output).ifPresent(d -> d.segments().forEach(s -> existing.add(s.position())));
                for (int position : reached.isEmpty() ? List.<Integer>of() : positions) {
                    if (!kept.containsKey(position) && !existing.contains(position)) {
                        kept.put(position, new GeneratedDraft.Segment("", "UNTRANSLATED", null,
                                "Not reached: the generation was cancelled before this paragraph"));
                    }
                }
            }
            EngineInfo engine = models.engineFor(output.key());
            GeneratedDraft partial = new GeneratedDraft(kept, output.isTranslation() ? article.segments().size() : Math.max(1, kept.size()),
                    new DraftProvenance(engine.engineId(), engine.label(), engine.model(), null, null, 0, 0, 0, null));
            int asked = output.isTranslation() ? positions.size() : 1;
            DraftOutcome outcome = drafting.finishDrafting(run.id(), article.id(), output, article.sourceRevision(), partial, plan, asked,
                    output.isTranslation() ? reached.size() : 0, true);
            safely(output, () -> observer.finished(output, outcome));
        } catch (Throwable e) {
            log.error("Could not store what cancelled generation run {} drafted for {}", run.id(), output.key(), e);
            fail(article, output, run, "Cancelled; storing what was drafted failed (" + e.getClass().getSimpleName() + ").");
            Phrase notStored = Phrase.of("refusal.generation.cancelled-not-stored");
            safely(output, () -> observer.failed(output, notStored.english(), notStored));
        }
    }

    /** The output goes back to its earlier state and the run records why; a failure here is logged, never thrown. */
    private void fail(Article article, Output output, GenerationRun run, String reason) {
        try {
            drafting.failDrafting(run.id(), article.id(), output, reason);
        } catch (Throwable e) {
            log.error("Could not record the failure of {} in generation run {} for article {}; its lease will expire and the"
                    + " output will be reset", output.key(), run.id(), article.id(), e);
        }
    }

    /** An observer (a screen, the API) that fails must not fail the run. */
    private static void safely(Output output, Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException e) {
            log.warn("A generation observer failed on {}", output.key(), e);
        }
    }

    /** Nothing to send: every paragraph is a person's; no engine is called (and none is paid). */
    private GeneratedText nothingAsked(Output output) {
        EngineInfo engine = models.engineFor(output.key());
        return new GeneratedText(List.of(), new Provenance(engine.engineId(), engine.label(), engine.model(), null, null, 0, 0, 0, null));
    }

    /**
     * The summary's request: in its own language, from the source article; a summary in an edition's language also
     * carries the approved translation into that language (body paragraphs), which an engine that only extracts needs.
     */
    private SummaryRequest summaryRequest(Article article, Output output) {
        List<String> translation = List.of();
        if (output.isEditionSummary()) {
            translation = approval.latestApproved(article.id(), Output.translation(output.language()))
                    .map(v -> v.segments().size() > 1 ? v.segments().subList(1, v.segments().size()) : List.<String>of()) // without the headline
                    .map(texts -> texts.stream().map(org.transdesk.inline.TaggedText::withoutPlaceholders).toList())
                    .orElse(List.of());
        }
        return new SummaryRequest(output.key(), article.sourceLanguage(), output.language(article.sourceLanguage()), article.title(),
                article.plainParagraphs(), settings.wordBudget(), translation);
    }

    /** The paragraphs at {@code positions}; the one before the first is the prompt's context. */
    private static TranslationRequest translationRequest(Article article, Output output, List<Integer> positions) {
        List<String> segments = article.segments();
        List<SourceSegment> source = positions.stream().map(i -> new SourceSegment(segmentId(i), segments.get(i))).toList();
        int first = positions.getFirst();
        return new TranslationRequest(output.key(), article.sourceLanguage(), output.language(article.sourceLanguage()), source,
                first == 0 ? null : segments.get(first - 1), false);
    }

    /** Streamed text reaches a listener at most every {@link #STREAM_INTERVAL_MS}; the first piece at once. */
    private static final class StreamThrottle {
        private long last = Long.MIN_VALUE / 2;

        boolean due() {
            long now = System.nanoTime() / 1_000_000;
            if (now - last < STREAM_INTERVAL_MS) {
                return false;
            }
            last = now;
            return true;
        }
    }
}

package org.transdesk.generation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
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
import org.transdesk.llm.GenerationListener;
import org.transdesk.llm.LanguageModels;
import org.transdesk.llm.Provenance;
import org.transdesk.llm.SourceSegment;
import org.transdesk.llm.SummaryRequest;
import org.transdesk.llm.TranslationRequest;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftOutcome;
import org.transdesk.review.DraftPlan;
import org.transdesk.review.DraftProvenance;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.GeneratedDraft;
import org.transdesk.review.OutputState;
import org.transdesk.review.RegenerateMode;
import org.transdesk.review.SegmentText;

/**
 * Starts generation of an article's outputs, each on its own virtual thread, under the
 * starting user's identity (so role checks and authorship hold in the worker).
 */
@Service
public class GenerationService {

    private static final Logger log = LoggerFactory.getLogger(GenerationService.class);

    /** Streamed text reaches observers at most this often per output: a push per token would flood the browser. */
    public static final long STREAM_INTERVAL_MS = 150;

    private final ArticleService articles;
    private final LanguageModels models;
    private final DraftService drafts;
    private final DraftingService drafting;
    private final GenerationSettings settings;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

    GenerationService(ArticleService articles, LanguageModels models, DraftService drafts, DraftingService drafting,
                      GenerationSettings settings) {
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
        GenerationRun run = new GenerationRun();
        Map<Output, DraftProvenance> engines = new EnumMap<>(Output.class);
        for (Output output : outputs) {
            EngineInfo engine = models.engineFor(output.key());
            engines.put(output, new DraftProvenance(engine.engineId(), engine.label(), engine.model(), null, null, 0, 0, 0, null));
        }
        // all or nothing: an output already being generated elsewhere refuses the whole run
        Map<Output, DraftPlan> plans = drafting.markDrafting(articleId, engines, mode);
        List<CompletableFuture<Void>> jobs = new ArrayList<>();
        for (Output output : engines.keySet()) {
            Runnable job = new DelegatingSecurityContextRunnable(() -> generate(article, plans.get(output), run, observer));
            jobs.add(CompletableFuture.runAsync(job, workers));
        }
        run.attach(jobs);
        return run;
    }

    /**
     * Translates one paragraph again (position 0 is the headline) through the output's route, with the
     * paragraph before it as context, and stores the result as a new ENGINE revision. Refused, with
     * nothing changed, for the summary (its paragraphs are not aligned with the source), while the
     * draft is being generated, and when someone saved the paragraph after revision {@code basedOnRevision}.
     */
    @PreAuthorize("hasRole('EDITOR')")
    public SegmentText regenerateSegment(long articleId, Output output, int position, int basedOnRevision) {
        if (!output.isTranslation()) {
            throw new UserFacingException("Summary paragraphs are not translations of single source paragraphs: regenerate the whole summary instead.");
        }
        Article article = articles.get(articleId);
        Draft draft = drafts.find(articleId, output)
                .orElseThrow(() -> new UserFacingException("There is no " + output.label() + " draft yet: generate it first."));
        draft.state().next(OutputState.ReviewAction.REGENERATE_PARAGRAPH, output);
        List<String> source = article.segments();
        if (draft.sourceRevision() != article.sourceRevision()) {
            throw new UserFacingException("The source changed since this draft was made: regenerate the whole " + output.label() + " draft.");
        }
        if (position < 0 || position >= source.size() || position >= draft.segments().size()) {
            throw new UserFacingException("Paragraph " + position + " does not exist in the " + output.label() + " draft.");
        }
        SegmentText current = draft.segments().get(position);
        if (current.revision() != basedOnRevision) {
            throw new UserFacingException("Paragraph " + position + " was saved again (now revision " + current.revision()
                    + ") after you loaded it; nothing was regenerated. Reload the workbench and try again.");
        }
        var request = new TranslationRequest(output.key(), article.sourceLanguage(), output.language(article.sourceLanguage()),
                List.of(new SourceSegment(segmentId(position), source.get(position))),
                position == 0 ? null : source.get(position - 1), true);
        GeneratedText text = models.translate(request, GenerationListener.NONE);
        DraftSegment result = text.segments().getFirst();
        if (result.text() == null || result.text().isBlank()) {
            throw new UserFacingException(("offline".equals(text.provenance().engine())
                    ? "Nothing to translate from memory for paragraph " + position
                    : "The engine returned no usable text for paragraph " + position)
                    + (result.note() == null ? "" : " (" + result.note() + ")") + "; nothing was changed.");
        }
        return drafting.saveRegeneratedSegment(draft.id(), position,
                new GeneratedDraft.Segment(result.text(), result.origin().name(), result.matchScore(), regeneratedNote(result, text.provenance())),
                basedOnRevision);
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
        GenerationListener listener = new GenerationListener() {
            private long lastStreamed;

            @Override
            public void segmentReady(int index, int total, DraftSegment segment) {
                observer.progress(output, index + 1, total);
            }

            @Override
            public void textStreamed(int index, String partial) {
                long now = System.nanoTime() / 1_000_000;
                if (now - lastStreamed >= STREAM_INTERVAL_MS) {
                    lastStreamed = now;
                    observer.textStreamed(output, output.isTranslation() && index < positions.size() ? positions.get(index) : index, partial);
                }
            }

            @Override
            public boolean cancelled() {
                return run.isCancelled();
            }
        };
        try {
            GeneratedDraft generated;
            if (output.isTranslation()) {
                GeneratedText text = positions.isEmpty() ? nothingAsked(output)
                        : models.translate(translationRequest(article, output, positions), listener);
                generated = GeneratedDrafts.of(text, positions, segments.size());
            } else if (plan.keepsWholeSummary()) {
                generated = GeneratedDrafts.of(nothingAsked(output));
            } else {
                generated = GeneratedDrafts.of(models.summarize(new SummaryRequest(output.key(), article.sourceLanguage(), article.title(),
                        article.paragraphs(), settings.wordBudget()), listener));
            }
            DraftOutcome outcome = drafting.finishDrafting(article.id(), output, article.sourceRevision(), generated, plan);
            observer.finished(output, outcome);
        } catch (UserFacingException e) {
            restoreState(article, output);
            observer.failed(output, e.getMessage());
        } catch (RuntimeException e) {
            log.error("Generation of {} for article {} failed", output.key(), article.id(), e);
            restoreState(article, output);
            observer.failed(output, "Generation failed unexpectedly (" + e.getClass().getSimpleName() + "); the previous draft is unchanged.");
        }
    }

    /** Nothing to send: every paragraph is a person's; no engine is called (and none is paid). */
    private GeneratedText nothingAsked(Output output) {
        EngineInfo engine = models.engineFor(output.key());
        return new GeneratedText(List.of(), new Provenance(engine.engineId(), engine.label(), engine.model(), null, null, 0, 0, 0, null));
    }

    /** A failed or cancelled run must not leave the output stuck in "Drafting". */
    private void restoreState(Article article, Output output) {
        try {
            drafting.abandonDrafting(article.id(), output);
        } catch (RuntimeException e) {
            log.warn("Could not reset the state of {} for article {}", output.key(), article.id(), e);
        }
    }

    /** The paragraphs at {@code positions}; the one before the first is the prompt's context. */
    private static TranslationRequest translationRequest(Article article, Output output, List<Integer> positions) {
        List<String> segments = article.segments();
        List<SourceSegment> source = positions.stream().map(i -> new SourceSegment(segmentId(i), segments.get(i))).toList();
        int first = positions.getFirst();
        return new TranslationRequest(output.key(), article.sourceLanguage(), output.language(article.sourceLanguage()), source,
                first == 0 ? null : segments.get(first - 1), false);
    }
}

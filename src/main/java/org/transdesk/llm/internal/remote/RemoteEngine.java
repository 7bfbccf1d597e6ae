package org.transdesk.llm.internal.remote;

import org.transdesk.base.Phrase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.transdesk.base.UserFacingException;
import org.transdesk.llm.DraftSegment;
import org.transdesk.llm.EngineInfo;
import org.transdesk.llm.GeneratedText;
import org.transdesk.llm.GenerationCancelledException;
import org.transdesk.llm.GenerationListener;
import org.transdesk.llm.LlmSettings;
import org.transdesk.llm.Provenance;
import org.transdesk.llm.SegmentOrigin;
import org.transdesk.llm.SourceSegment;
import org.transdesk.llm.SummaryRequest;
import org.transdesk.llm.TranslationRequest;
import org.transdesk.llm.internal.DraftingEngine;
import org.transdesk.memory.Glossary;

/**
 * A model server behind a route. Translation goes chunk by chunk (cancel is checked between
 * chunks and between streamed tokens); every paragraph of an answer is checked, failing ones are
 * asked again a bounded number of times, and a paragraph that still fails becomes a FAILED
 * segment that is empty and says why: nothing is accepted silently, and the source language never
 * lands in a target box.
 */
public final class RemoteEngine implements DraftingEngine {

    /** Extra rounds for paragraphs that failed the checks. */
    static final int REASKS = 2;

    private final String id;
    private final LlmSettings.Provider settings;
    private final RetryingCaller caller;
    private final PromptBuilder prompts;
    private final Glossary glossary;
    private final DraftCache cache;

    RemoteEngine(String id, LlmSettings.Provider settings, RetryingCaller caller, Glossary glossary, DraftCache cache) {
        this.id = id;
        this.settings = settings;
        this.caller = caller;
        this.prompts = new PromptBuilder(glossary);
        this.glossary = glossary;
        this.cache = cache;
    }

    @Override
    public EngineInfo info(boolean summary) {
        return new EngineInfo(id, "Model " + settings.model() + " on '" + id + "' (" + settings.type() + ")", false, caller.model());
    }

    @Override
    public GeneratedText translate(TranslationRequest request, GenerationListener listener) {
        long start = System.nanoTime();
        String glossaryVersion = glossary.version(request.sourceLanguage());
        List<SourceSegment> segments = request.segments();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            position.put(segments.get(i).id(), i);
        }
        DraftSegment[] results = new DraftSegment[segments.size()];
        List<SourceSegment> toTranslate = new ArrayList<>();
        for (SourceSegment segment : segments) {
            var cached = request.fresh() ? Optional.<String>empty() : cache.get(cacheKey(segment.text(), request.targetLanguage(), PromptBuilder.TRANSLATE, glossaryVersion));
            if (cached.isPresent()) {
                accept(results, position.get(segment.id()), new DraftSegment(segment.id(), cached.get(), SegmentOrigin.MODEL, null,
                        "From cache: " + caller.model() + ", " + PromptBuilder.TRANSLATE + ", glossary " + glossaryVersion), listener);
            } else {
                toTranslate.add(segment);
            }
        }
        Usage usage = new Usage();
        Run run = new Run(request, glossaryVersion, position, results, usage, listener);
        int inputBudget = Math.max(256, (settings.contextTokens() - 1500) / 3); // room for instructions and a longer answer
        for (Chunker.Chunk chunk : Chunker.split(toTranslate, inputBudget, request.context())) {
            if (listener.cancelled()) {
                throw new GenerationCancelledException();
            }
            run.translate(chunk);
        }
        return new GeneratedText(List.of(results), provenance(PromptBuilder.TRANSLATE, glossaryVersion, usage, start));
    }

    /** A model review of translated paragraphs by this provider (the review route names it). */
    public org.transdesk.llm.ModelReviewResult review(org.transdesk.llm.ModelReviewRequest request,
                                                      org.transdesk.llm.ModelReviewSettings bounds,
                                                      java.util.function.BooleanSupplier cancelled) {
        return new ModelReviewer(id, settings, caller, info(false)).review(request, bounds, cancelled);
    }

    @Override
    public GeneratedText summarize(SummaryRequest request, GenerationListener listener) {
        long start = System.nanoTime();
        String glossaryVersion = glossary.version(request.language());
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(request.title());
        paragraphs.addAll(request.paragraphs());
        Usage usage = new Usage();
        String problem = null;
        for (int round = 0; round <= REASKS; round++) {
            ModelReply reply = call(prompts.summary(paragraphs, request.sourceLanguage(), request.language(), request.wordBudget()), usage,
                    partial -> listener.textStreamed(0, partial), listener);
            problem = summaryProblem(reply, request);
            if (problem == null) {
                List<DraftSegment> segments = new ArrayList<>();
                for (String paragraph : reply.text().strip().split("\\n\\s*\\n")) {
                    DraftSegment segment = new DraftSegment("s" + (segments.size() + 1), paragraph.strip(), SegmentOrigin.MODEL, null,
                            "Written by " + caller.model());
                    segments.add(segment);
                    listener.segmentReady(segments.size() - 1, segments.size(), segment);
                }
                return new GeneratedText(segments, provenance(PromptBuilder.SUMMARIZE, glossaryVersion, usage, start));
            }
        }
        throw new UserFacingException(Phrase.of("refusal.model.summary-rejected", caller.model(), REASKS + 1, problem));
    }

    private static String summaryProblem(ModelReply reply, SummaryRequest request) {
        if (reply.cutOff()) {
            return "it was cut off at the model's token limit";
        }
        String text = reply.text().strip();
        if (text.isEmpty()) {
            return "it was empty";
        }
        if (text.split("\\s+").length > request.wordBudget() * 3 / 2) {
            return "it was much longer than " + request.wordBudget() + " words";
        }
        return TranslationCheck.wrongScript(text, request.language()).orElse(null);
    }

    private ModelReply call(ModelCall call, Usage usage, java.util.function.Consumer<String> onText, GenerationListener listener) {
        try {
            ModelReply reply = caller.call(call, onText, listener::cancelled);
            usage.add(reply);
            return reply;
        } catch (ModelFailure failure) {
            throw new UserFacingException(Phrase.of("refusal.model.failed", id, failure.said()));
        }
    }

    private DraftCache.Key cacheKey(String text, String target, String promptVersion, String glossaryVersion) {
        return DraftCache.Key.of(text, target, caller.model(), promptVersion, glossaryVersion);
    }

    private static void accept(DraftSegment[] results, int index, DraftSegment segment, GenerationListener listener) {
        results[index] = segment;
        listener.segmentReady(index, results.length, segment);
    }

    private Provenance provenance(String promptVersion, String glossaryVersion, Usage usage, long startNanos) {
        long in = usage.promptTokens.get();
        long out = usage.completionTokens.get();
        EngineInfo info = info(false);
        return new Provenance(id, info.label(), caller.model(), promptVersion, glossaryVersion, in, out,
                (System.nanoTime() - startNanos) / 1_000_000, settings.costOf(in, out));
    }

    /** One translation output in progress. */
    private final class Run {

        private final TranslationRequest request;
        private final String glossaryVersion;
        private final Map<String, Integer> position;
        private final DraftSegment[] results;
        private final Usage usage;
        private final GenerationListener listener;

        Run(TranslationRequest request, String glossaryVersion, Map<String, Integer> position, DraftSegment[] results,
            Usage usage, GenerationListener listener) {
            this.request = request;
            this.glossaryVersion = glossaryVersion;
            this.position = position;
            this.results = results;
            this.usage = usage;
            this.listener = listener;
        }

        void translate(Chunker.Chunk chunk) {
            List<SourceSegment> pending = chunk.segments();
            Map<String, String> problems = new HashMap<>();
            int rounds = 0;
            while (!pending.isEmpty() && rounds <= REASKS) {
                rounds++;
                ModelReply reply;
                try {
                    reply = caller.call(prompts.translation(pending, chunk.previous(), request.sourceLanguage(), request.targetLanguage()),
                            this::streamed, listener::cancelled);
                } catch (ModelFailure failure) {
                    providerFailed(pending, failure);
                    return;
                }
                usage.add(reply);
                pending = check(pending, reply, problems);
            }
            for (SourceSegment segment : pending) {
                accept(results, position.get(segment.id()), new DraftSegment(segment.id(), "", SegmentOrigin.FAILED, null,
                        "Model output rejected after " + rounds + " attempts: " + problems.get(segment.id())
                                + ". Left empty: translate by hand or regenerate."), listener);
            }
        }

        private List<SourceSegment> check(List<SourceSegment> asked, ModelReply reply, Map<String, String> problems) {
            Map<String, String> answers = ParagraphMarkers.parse(reply.text());
            String lastId = answers.isEmpty() ? null : answers.keySet().stream().reduce((a, b) -> b).orElseThrow();
            List<SourceSegment> failing = new ArrayList<>();
            for (SourceSegment segment : asked) {
                String answer = answers.get(segment.id());
                String problem = reply.cutOff() && (answer == null || segment.id().equals(lastId))
                        ? "cut off at the model's token limit"
                        : TranslationCheck.problem(segment.text(), answer, request.targetLanguage()).orElse(null);
                if (problem == null) {
                    cache.put(cacheKey(segment.text(), request.targetLanguage(), PromptBuilder.TRANSLATE, glossaryVersion), answer);
                    accept(results, position.get(segment.id()), new DraftSegment(segment.id(), answer, SegmentOrigin.MODEL, null,
                            "Translated by " + caller.model()), listener);
                } else {
                    problems.put(segment.id(), problem);
                    failing.add(segment);
                }
            }
            return failing;
        }

        /** With nothing produced yet the run fails and the previous draft stays; otherwise the rest is marked failed. */
        private void providerFailed(List<SourceSegment> pending, ModelFailure failure) {
            boolean anythingProduced = java.util.Arrays.stream(results).anyMatch(java.util.Objects::nonNull);
            if (!anythingProduced) {
                throw new UserFacingException(Phrase.of("refusal.model.failed-draft-kept", id, failure.said()));
            }
            for (SourceSegment segment : pending) {
                accept(results, position.get(segment.id()), new DraftSegment(segment.id(), "", SegmentOrigin.FAILED, null,
                        "Model call failed: " + failure.getMessage() + ". Left empty: translate by hand or regenerate."), listener);
            }
        }

        private void streamed(String partialAnswer) {
            var open = ParagraphMarkers.lastOpen(partialAnswer);
            if (open != null && position.containsKey(open.getKey())) {
                listener.textStreamed(position.get(open.getKey()), open.getValue());
            }
        }
    }
}

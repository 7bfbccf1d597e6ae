package org.transdesk.llm.internal.remote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.transdesk.base.Phrase;
import org.transdesk.llm.EngineInfo;
import org.transdesk.llm.GenerationCancelledException;
import org.transdesk.llm.LlmSettings;
import org.transdesk.llm.ModelReviewIssue;
import org.transdesk.llm.ModelReviewRequest;
import org.transdesk.llm.ModelReviewResult;
import org.transdesk.llm.ModelReviewSettings;
import org.transdesk.llm.MqmCategory;
import org.transdesk.llm.MqmSeverity;
import org.transdesk.llm.Provenance;

/**
 * One model review run: one call per paragraph, each answer checked ({@link ReviewAnswer}) and asked again
 * with the reason when it fails, up to {@code review-reasks} times; then the paragraph is reported as failed.
 * The run stops at its time limit, at the paragraph cap and when the model server fails, and says which
 * paragraphs it did not reach.
 */
final class ModelReviewer {

    static final String REVIEW = "review-v1";
    private static final PromptTemplate TEMPLATE = PromptTemplate.load(REVIEW);

    private final String id;
    private final LlmSettings.Provider provider;
    private final RetryingCaller caller;
    private final EngineInfo info;

    ModelReviewer(String id, LlmSettings.Provider provider, RetryingCaller caller, EngineInfo info) {
        this.id = id;
        this.provider = provider;
        this.caller = caller;
        this.info = info;
    }

    ModelReviewResult review(ModelReviewRequest request, ModelReviewSettings bounds, BooleanSupplier cancelled) {
        long start = System.nanoTime();
        long deadline = start + bounds.reviewTimeout().toNanos();
        BooleanSupplier stop = () -> cancelled.getAsBoolean() || System.nanoTime() > deadline;
        List<ModelReviewRequest.Pair> pairs = request.paragraphs();
        List<ModelReviewIssue> issues = new ArrayList<>();
        Map<Integer, Phrase> failed = new HashMap<>();
        List<Integer> notReviewed = new ArrayList<>();
        Usage usage = new Usage();
        Phrase stopped = null;
        int cap = bounds.reviewMaxParagraphs();
        for (int i = 0; i < pairs.size(); i++) {
            ModelReviewRequest.Pair pair = pairs.get(i);
            if (cancelled.getAsBoolean()) {
                throw new GenerationCancelledException();
            }
            if (i >= cap) {
                rest(pairs, i, notReviewed);
                stopped = Phrase.of("qa-finding.model-review.stopped.cap", Phrase.number(cap), names(notReviewed));
                break;
            }
            if (System.nanoTime() > deadline) {
                rest(pairs, i, notReviewed);
                stopped = timeLimit(bounds, notReviewed);
                break;
            }
            Phrase problem = null;
            int attempts = 0;
            try {
                for (int round = 0; round <= bounds.reviewReasks(); round++) {
                    attempts++;
                    ModelReply reply = caller.call(prompt(request, pair, problem), text -> { }, stop);
                    usage.add(reply);
                    ReviewAnswer.Checked checked = ReviewAnswer.check(reply, pair.position(), pair.translation());
                    if (checked.valid()) {
                        issues.addAll(checked.issues());
                        problem = null;
                        break;
                    }
                    problem = checked.problem();
                }
            } catch (GenerationCancelledException e) {
                if (cancelled.getAsBoolean()) {
                    throw e;
                }
                rest(pairs, i, notReviewed);
                stopped = timeLimit(bounds, notReviewed);
                break;
            } catch (ModelFailure failure) {
                rest(pairs, i, notReviewed);
                stopped = Phrase.of("qa-finding.model-review.stopped.failure", name(pair.position()), id, sentence(failure),
                        names(notReviewed));
                break;
            }
            if (problem != null) {
                failed.put(pair.position(), Phrase.of("qa-finding.model-review.attempts", problem.nested(), Phrase.number(attempts)));
            }
        }
        long in = usage.promptTokens.get();
        long out = usage.completionTokens.get();
        Provenance provenance = new Provenance(id, info.label(), caller.model(), REVIEW, null, in, out,
                (System.nanoTime() - start) / 1_000_000, provider.costOf(in, out));
        return new ModelReviewResult(issues, ModelReviewResult.failures(failed), notReviewed, stopped, provenance);
    }

    private static Phrase timeLimit(ModelReviewSettings bounds, List<Integer> notReviewed) {
        return Phrase.of("qa-finding.model-review.stopped.time-limit", Phrase.number(bounds.reviewTimeout().toSeconds()), names(notReviewed));
    }

    private static void rest(List<ModelReviewRequest.Pair> pairs, int from, List<Integer> into) {
        for (int j = from; j < pairs.size(); j++) {
            into.add(pairs.get(j).position());
        }
    }

    /** "the headline" for position 0, "paragraph 3" otherwise: as the workbench numbers them (an argument, {@link Phrase#nested}). */
    static String name(int position) {
        return position == 0 ? Phrase.of("qa-finding.model-review.headline").nested()
                : Phrase.of("qa-finding.model-review.paragraph", position).nested();
    }

    /** "the headline, paragraph 1, paragraph 2", or "paragraph 3 to paragraph 40 (38 in all)" for more than six. */
    private static String names(List<Integer> positions) {
        if (positions.size() > 6) {
            return Phrase.of("qa-finding.model-review.range", name(positions.getFirst()), name(positions.getLast()), positions.size()).nested();
        }
        String list = name(positions.getFirst());
        for (int position : positions.subList(1, positions.size())) {
            list = Phrase.of("qa-finding.model-review.list", list, name(position)).nested();
        }
        return list;
    }

    /** The model server's failure as a sentence of its own, ending with a full stop. */
    private static String sentence(ModelFailure failure) {
        Phrase said = failure.phrase();
        return said.english().strip().endsWith(".") ? said.nested() : Phrase.of("qa-finding.model-review.sentence", said.nested()).nested();
    }

    private static ModelCall prompt(ModelReviewRequest request, ModelReviewRequest.Pair pair, Phrase problem) {
        Map<String, String> values = new HashMap<>();
        values.put("source_language", PromptBuilder.languageName(request.sourceLanguage()));
        values.put("target_language", PromptBuilder.languageName(request.targetLanguage()));
        values.put("categories", String.join(", ", java.util.Arrays.stream(MqmCategory.values()).map(MqmCategory::word).toList()));
        values.put("severities", String.join(", ", java.util.Arrays.stream(MqmSeverity.values()).map(MqmSeverity::word).toList()));
        values.put("source", pair.source());
        values.put("translation", pair.translation());
        String user = TEMPLATE.render("user", values);
        if (problem != null) {
            values.put("problem", problem.english());
            user = user + "\n\n" + TEMPLATE.render("reask", values);
        }
        return new ModelCall(TEMPLATE.render("system", values), user);
    }
}

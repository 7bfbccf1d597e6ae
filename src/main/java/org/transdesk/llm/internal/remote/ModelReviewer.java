package org.transdesk.llm.internal.remote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
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
        Map<Integer, String> failed = new HashMap<>();
        List<Integer> notReviewed = new ArrayList<>();
        Usage usage = new Usage();
        String stopped = null;
        int cap = bounds.reviewMaxParagraphs();
        for (int i = 0; i < pairs.size(); i++) {
            ModelReviewRequest.Pair pair = pairs.get(i);
            if (cancelled.getAsBoolean()) {
                throw new GenerationCancelledException();
            }
            if (i >= cap) {
                rest(pairs, i, notReviewed);
                stopped = "Only the first " + cap + " paragraphs were reviewed (transdesk.llm.review-max-paragraphs); "
                        + "not reviewed: " + names(notReviewed) + ".";
                break;
            }
            if (System.nanoTime() > deadline) {
                rest(pairs, i, notReviewed);
                stopped = timeLimit(bounds, notReviewed);
                break;
            }
            String problem = null;
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
                stopped = "The model review stopped at " + name(pair.position()) + ": model '" + id + "' failed: "
                        + sentence(failure.getMessage()) + " Not reviewed: " + names(notReviewed) + ".";
                break;
            }
            if (problem != null) {
                failed.put(pair.position(), problem + " (" + attempts + (attempts == 1 ? " attempt)" : " attempts)"));
            }
        }
        long in = usage.promptTokens.get();
        long out = usage.completionTokens.get();
        Provenance provenance = new Provenance(id, info.label(), caller.model(), REVIEW, null, in, out,
                (System.nanoTime() - start) / 1_000_000, provider.costOf(in, out));
        return new ModelReviewResult(issues, ModelReviewResult.failures(failed), notReviewed, stopped, provenance);
    }

    private static String timeLimit(ModelReviewSettings bounds, List<Integer> notReviewed) {
        return "The model review stopped at its time limit of " + bounds.reviewTimeout().toSeconds()
                + " s (transdesk.llm.review-timeout); not reviewed: " + names(notReviewed) + ".";
    }

    private static void rest(List<ModelReviewRequest.Pair> pairs, int from, List<Integer> into) {
        for (int j = from; j < pairs.size(); j++) {
            into.add(pairs.get(j).position());
        }
    }

    /** "the headline" for position 0, "paragraph 3" otherwise: as the workbench numbers them. */
    static String name(int position) {
        return position == 0 ? "the headline" : "paragraph " + position;
    }

    private static String names(List<Integer> positions) {
        if (positions.size() > 6) {
            return name(positions.getFirst()) + " to " + name(positions.getLast()) + " (" + positions.size() + " in all)";
        }
        return String.join(", ", positions.stream().map(ModelReviewer::name).toList());
    }

    private static String sentence(String message) {
        String m = message == null ? "no reason given" : message.strip();
        return m.endsWith(".") ? m : m + ".";
    }

    private static ModelCall prompt(ModelReviewRequest request, ModelReviewRequest.Pair pair, String problem) {
        Map<String, String> values = new HashMap<>();
        values.put("source_language", PromptBuilder.languageName(request.sourceLanguage()));
        values.put("target_language", PromptBuilder.languageName(request.targetLanguage()));
        values.put("categories", String.join(", ", java.util.Arrays.stream(MqmCategory.values()).map(MqmCategory::word).toList()));
        values.put("severities", String.join(", ", java.util.Arrays.stream(MqmSeverity.values()).map(MqmSeverity::word).toList()));
        values.put("source", pair.source());
        values.put("translation", pair.translation());
        String user = TEMPLATE.render("user", values);
        if (problem != null) {
            values.put("problem", problem);
            user = user + "\n\n" + TEMPLATE.render("reask", values);
        }
        return new ModelCall(TEMPLATE.render("system", values), user);
    }
}

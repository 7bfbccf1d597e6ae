package org.transdesk.llm.internal.remote;

import java.util.ArrayList;
import java.util.List;
import org.transdesk.base.Phrase;
import org.transdesk.base.CleanText;
import org.transdesk.llm.ModelReviewIssue;
import org.transdesk.llm.MqmCategory;
import org.transdesk.llm.MqmSeverity;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a model's review of one paragraph before any of it is believed: well-formed JSON with an
 * {@code issues} list, every category and severity from the MQM lists, every span copied from the
 * translation (its place there becomes the issue's offsets). One bad issue rejects the whole answer, so
 * the paragraph is asked again rather than half-believed.
 */
final class ReviewAnswer {

    /** More issues than this in one paragraph is a model listing words, not errors. */
    static final int MAX_ISSUES = 12;
    private static final int MAX_EXPLANATION = 500;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Either the issues or the problem in words (in English for the re-ask, in the editor's language on the screen). */
    record Checked(List<ModelReviewIssue> issues, Phrase problem) {

        boolean valid() {
            return problem == null;
        }

        static Checked rejected(Phrase problem) {
            return new Checked(List.of(), problem);
        }
    }

    private ReviewAnswer() {
    }

    static Checked check(ModelReply reply, int position, String translation) {
        if (reply.cutOff()) {
            return Checked.rejected(Phrase.of("qa-finding.model-review.answer.cut-off"));
        }
        String text = unfenced(reply.text().strip());
        if (text.isEmpty()) {
            return Checked.rejected(Phrase.of("qa-finding.model-review.answer.empty"));
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            return Checked.rejected(Phrase.of("qa-finding.model-review.answer.not-json"));
        }
        JsonNode list = root != null && root.isObject() ? root.get("issues") : root;
        if (list == null || !list.isArray()) {
            return Checked.rejected(Phrase.of("qa-finding.model-review.answer.no-list"));
        }
        if (list.size() > MAX_ISSUES) {
            return Checked.rejected(Phrase.of("qa-finding.model-review.answer.too-many", Phrase.number(list.size()), MAX_ISSUES));
        }
        List<ModelReviewIssue> issues = new ArrayList<>();
        for (JsonNode item : list) {
            if (!item.isObject()) {
                return Checked.rejected(Phrase.of("qa-finding.model-review.answer.not-object"));
            }
            String categoryWord = word(item, "category");
            var category = MqmCategory.of(categoryWord);
            if (category.isEmpty()) {
                return Checked.rejected(Phrase.of("qa-finding.model-review.answer.category", quoted(categoryWord)));
            }
            String severityWord = word(item, "severity");
            var severity = MqmSeverity.of(severityWord);
            if (severity.isEmpty()) {
                return Checked.rejected(Phrase.of("qa-finding.model-review.answer.severity", quoted(severityWord)));
            }
            JsonNode spanNode = item.get("span");
            String span = spanNode != null && spanNode.isString() ? spanNode.asString() : null;
            if (span == null || span.isBlank()) {
                return Checked.rejected(Phrase.of("qa-finding.model-review.answer.no-span"));
            }
            int start = translation.indexOf(span);
            if (start < 0) {
                // the same words with the spaces around them trimmed, or composed as the stored text is (NFC:
                // a model may answer Vietnamese with combining tone marks)
                String trimmed = java.text.Normalizer.normalize(span.strip(), java.text.Normalizer.Form.NFC);
                start = translation.indexOf(trimmed);
                span = trimmed;
            }
            if (start < 0) {
                return Checked.rejected(Phrase.of("qa-finding.model-review.answer.span-missing", quoted(span)));
            }
            JsonNode explanationNode = item.get("explanation");
            String explanation = explanationNode != null && explanationNode.isString() ? CleanText.of(explanationNode.asString()).strip() : "";
            if (explanation.length() > MAX_EXPLANATION) {
                explanation = explanation.substring(0, MAX_EXPLANATION) + "…";
            }
            issues.add(new ModelReviewIssue(position, category.get(), severity.get(), start, start + span.length(), explanation));
        }
        return new Checked(issues, null);
    }

    private static String word(JsonNode item, String field) {
        JsonNode node = item.get(field);
        return node != null && node.isString() ? node.asString().strip().toLowerCase(java.util.Locale.ROOT) : null;
    }

    private static String quoted(String text) {
        if (text == null) {
            return Phrase.of("qa-finding.model-review.answer.none").nested();
        }
        String shown = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        return "\"" + shown.replaceAll("\\s+", " ") + "\"";
    }

    /** A whole answer in a Markdown code fence ({@code ```json ... ```}) is taken without the fence; nothing else is. */
    static String unfenced(String text) {
        if (text.startsWith("```") && text.endsWith("```") && text.length() >= 6) {
            String inner = text.substring(3, text.length() - 3);
            int newline = inner.indexOf('\n');
            if (newline >= 0 && inner.substring(0, newline).strip().matches("[A-Za-z]*")) {
                inner = inner.substring(newline + 1);
            }
            return inner.strip();
        }
        return text;
    }
}

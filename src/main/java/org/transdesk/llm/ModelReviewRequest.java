package org.transdesk.llm;

import java.util.List;

/**
 * Source and translation, paragraph by paragraph, for a model to review.
 *
 * @param paragraphs the pairs to review; {@link Pair#position()} is the paragraph's place in the output
 *                   (0 = headline), which the issues and failures refer to
 */
public record ModelReviewRequest(String sourceLanguage, String targetLanguage, List<Pair> paragraphs) {

    public ModelReviewRequest {
        paragraphs = List.copyOf(paragraphs);
    }

    public record Pair(int position, String source, String translation) {
    }
}

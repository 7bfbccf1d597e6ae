package org.transdesk.llm;

import java.util.Objects;

/**
 * One issue a model found, checked: the span {@code [start, end)} lies inside the translation of paragraph
 * {@code position}, and category and severity come from the MQM lists.
 */
public record ModelReviewIssue(int position, MqmCategory category, MqmSeverity severity, int start, int end, String explanation) {

    public ModelReviewIssue {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        explanation = explanation == null ? "" : explanation.strip();
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}

package org.transdesk.review;

import org.transdesk.article.Output;

/** Fact: an engine produced (or replaced) the draft of an output. */
public record DraftGenerated(long articleId, Output output, long draftId, String engine) {
}

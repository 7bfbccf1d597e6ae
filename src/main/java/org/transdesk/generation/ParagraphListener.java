package org.transdesk.generation;

/**
 * What the caller of {@link GenerationService#regenerateSegment(long, org.transdesk.article.Output, int, int, ParagraphListener)}
 * sees of one paragraph's regeneration, and how it stops it: the same streaming and cancel as whole drafts.
 */
public interface ParagraphListener {

    ParagraphListener NONE = new ParagraphListener() {
    };

    /**
     * The paragraph's text so far as it streams from a model (not yet validated; the stored text comes
     * back from the call), at most every {@link GenerationService#STREAM_INTERVAL_MS}.
     */
    default void streamed(String partial) {
    }

    /** Checked between streamed chunks and before storing: true aborts the model call and leaves the paragraph as it was. */
    default boolean cancelled() {
        return false;
    }
}

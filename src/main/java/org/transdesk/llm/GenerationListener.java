package org.transdesk.llm;

/** Progress callbacks from an engine, and the way a caller asks it to stop. */
public interface GenerationListener {

    GenerationListener NONE = new GenerationListener() {
    };

    /** A segment is complete; {@code index} counts from 0 out of {@code total}. */
    default void segmentReady(int index, int total, DraftSegment segment) {
    }

    /**
     * Text as it streams from a model: {@code partial} is everything received so far for the
     * segment at {@code index} (not yet validated; {@link #segmentReady} has the final text).
     */
    default void textStreamed(int index, String partial) {
    }

    /** Checked between segments (and between streamed chunks): true stops the engine with {@link GenerationCancelledException}. */
    default boolean cancelled() {
        return false;
    }
}

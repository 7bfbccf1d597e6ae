package org.transdesk.generation;

import org.transdesk.article.Output;
import org.transdesk.review.Draft;

/** Progress of a generation run, called from worker threads (UIs must hop onto their own thread). */
public interface GenerationObserver {

    GenerationObserver NONE = new GenerationObserver() {
    };

    default void progress(Output output, int done, int total) {
    }

    /**
     * Model text as it streams in: the segment being written ({@code index} from 0) and its text so
     * far, at most every {@link GenerationService#STREAM_INTERVAL_MS} ms per output; not yet checked.
     */
    default void textStreamed(Output output, int index, String partial) {
    }

    default void finished(Output output, Draft draft) {
    }

    default void failed(Output output, String message) {
    }
}

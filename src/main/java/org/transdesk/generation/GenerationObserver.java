package org.transdesk.generation;

import org.transdesk.article.Output;
import org.transdesk.review.Draft;

/** Progress of a generation run, called from worker threads (UIs must hop onto their own thread). */
public interface GenerationObserver {

    GenerationObserver NONE = new GenerationObserver() {
    };

    default void progress(Output output, int done, int total) {
    }

    default void finished(Output output, Draft draft) {
    }

    default void failed(Output output, String message) {
    }
}

package org.transdesk.generation;

import org.transdesk.article.Output;
import org.transdesk.base.Phrase;
import org.transdesk.review.DraftOutcome;

/** Progress of a generation run, called from worker threads (UIs must hop onto their own thread). */
public interface GenerationObserver {

    GenerationObserver NONE = new GenerationObserver() {
    };

    /** {@code done} of {@code total} paragraphs sent to the engine are back. */
    default void progress(Output output, int done, int total) {
    }

    /**
     * Model text as it streams in: the segment being written ({@code index} from 0 among the
     * paragraphs sent) and its text so far, at most every {@link GenerationService#STREAM_INTERVAL_MS}
     * ms per output; not yet checked.
     */
    default void textStreamed(Output output, int index, String partial) {
    }

    /** The output's result is stored; the outcome counts what was drafted, left untranslated, kept and replaced. */
    default void finished(Output output, DraftOutcome outcome) {
    }

    default void failed(Output output, String message) {
    }

    /**
     * The output failed with a refusal said by {@code phrase} ({@code message} is its English): a screen says it in its
     * own language. Observers that only log or print (the command line) need not care: this hands on the English.
     */
    default void failed(Output output, String message, Phrase phrase) {
        failed(output, message);
    }
}

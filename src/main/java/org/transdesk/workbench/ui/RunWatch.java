package org.transdesk.workbench.ui;

import java.util.Set;
import org.transdesk.article.Output;
import org.transdesk.base.Phrase;
import org.transdesk.base.ui.Messages;
import org.transdesk.base.ui.UiUpdates;
import org.transdesk.generation.GenerationObserver;
import org.transdesk.generation.GenerationRun;
import org.transdesk.review.DraftOutcome;

/**
 * Listens to one generation run for the workbench. Worker callbacks reach the screen through
 * {@link UiUpdates}: progress and streamed text only as their latest value (a 45-paragraph run must
 * not queue a UI task per paragraph in front of the editor's Cancel click), results each in order.
 * It never throws into the run, and stops when the editor leaves the page.
 */
final class RunWatch implements GenerationObserver {

    /** What the presenter does with the run's news, on the UI thread. */
    interface Listener {
        void progress(Output output, int done, int total);

        void streamed(Output output, int index, String partial);

        void finished(Output output, DraftOutcome outcome);

        void failed(Output output, String message);

        void ended();
    }

    private final UiUpdates updates;
    private final Listener listener;
    private final Set<Output> pending;
    private volatile GenerationRun run;
    private volatile boolean cancelRequested;

    RunWatch(UiUpdates updates, Set<Output> outputs, Listener listener) {
        this.updates = updates;
        this.listener = listener;
        this.pending = new java.util.LinkedHashSet<>(outputs);
    }

    void watch(GenerationRun run) {
        this.run = run;
        if (cancelRequested) {
            run.cancel();
        }
    }

    /** Records the cancel on the run at once, whatever the UI is busy with. */
    void cancel() {
        cancelRequested = true;
        GenerationRun r = run;
        if (r != null) {
            r.cancel();
        }
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    /** Still waiting for at least one output (read on the UI thread). */
    boolean running() {
        return !pending.isEmpty() && !updates.stopped();
    }

    Set<Output> pending() {
        return new java.util.LinkedHashSet<>(pending);
    }

    void stop() {
        updates.stop();
    }

    @Override
    public void progress(Output output, int done, int total) {
        updates.latest(output + "/progress", () -> listener.progress(output, done, total));
    }

    @Override
    public void textStreamed(Output output, int index, String partial) {
        updates.latest(output + "/text", () -> listener.streamed(output, index, partial));
    }

    @Override
    public void finished(Output output, DraftOutcome outcome) {
        updates.now(() -> {
            pending.remove(output);
            listener.finished(output, outcome);
            endIfLast();
        });
    }

    @Override
    public void failed(Output output, String message) {
        failed(output, message, null);
    }

    /** A refusal said by a phrase reaches the column head in the screen's language (said on the UI thread, in its locale). */
    @Override
    public void failed(Output output, String message, Phrase phrase) {
        updates.now(() -> {
            pending.remove(output);
            listener.failed(output, phrase == null ? message : Messages.tr(phrase));
            endIfLast();
        });
    }

    private void endIfLast() {
        if (pending.isEmpty()) {
            listener.ended();
        }
    }
}

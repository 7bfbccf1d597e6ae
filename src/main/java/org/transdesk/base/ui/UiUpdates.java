package org.transdesk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Updates from worker threads (a generation run) onto one screen. They run under the UI's lock like
 * the editor's own clicks, so they must not pile up: progress-like updates keep only the latest per
 * key, and one task delivers them all. After {@link #stop()} (the editor left the page) or once the
 * UI is gone, nothing is delivered and nothing is thrown back into the worker.
 */
public final class UiUpdates {

    private final UI ui;
    private final Map<Object, Runnable> latest = new ConcurrentHashMap<>();
    private final AtomicBoolean drainQueued = new AtomicBoolean();
    private volatile boolean stopped;

    public UiUpdates(UI ui) {
        this.ui = ui;
    }

    /** Delivers {@code update} on the UI thread, after everything handed over before it. */
    public void now(Runnable update) {
        access(() -> {
            if (!stopped) {
                update.run();
            }
        });
    }

    /** Delivers {@code update} unless a newer one for the same key comes before the UI gets to it. */
    public void latest(Object key, Runnable update) {
        if (stopped) {
            return;
        }
        latest.put(key, update);
        if (drainQueued.compareAndSet(false, true)) {
            access(this::drain);
        }
    }

    /** The screen stopped listening: later updates are dropped. */
    public void stop() {
        stopped = true;
        latest.clear();
    }

    public boolean stopped() {
        return stopped;
    }

    private void drain() {
        drainQueued.set(false);
        for (Object key : latest.keySet()) {
            Runnable update = latest.remove(key);
            if (update != null && !stopped) {
                update.run();
            }
        }
    }

    private void access(Runnable command) {
        if (stopped) {
            return;
        }
        try {
            ui.access(command::run);
        } catch (UIDetachedException gone) {
            stop();
        }
    }
}

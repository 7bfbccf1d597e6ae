package org.transdesk.base;

import java.util.function.Supplier;

/**
 * A value built from the database and kept in memory until its change counter moves: one indexed
 * read per use instead of a rebuild, and never staler than the last committed change on any node.
 */
public final class CounterCache<T> {

    private record Snapshot<T>(long version, T value) {
    }

    private final ChangeCounters counters;
    private final String name;
    private final Supplier<T> loader;
    private volatile Snapshot<T> snapshot;

    public CounterCache(ChangeCounters counters, String name, Supplier<T> loader) {
        this.counters = counters;
        this.name = name;
        this.loader = loader;
    }

    /** The cached value, rebuilt first when the counter moved since it was built. */
    public T get() {
        long version = counters.current(name);
        Snapshot<T> current = snapshot;
        if (current != null && current.version() == version) {
            return current.value();
        }
        // read the counter before loading: a change committed during the load moves it again, so the next get reloads
        T value = loader.get();
        snapshot = new Snapshot<>(version, value);
        return value;
    }

    /** Forgets the value on this node (the next get rebuilds). */
    public void invalidate() {
        snapshot = null;
    }
}

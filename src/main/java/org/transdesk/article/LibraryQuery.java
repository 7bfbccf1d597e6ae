package org.transdesk.article;

import java.util.Collection;
import java.util.Set;

/**
 * What the library lists: the articles in use (or the archived ones, with {@code archived}), whose title or slug contains {@code search}, narrowed to the ids
 * in {@code only} (when not null) and without those in {@code except}. The id sets come from other
 * features' filters (e.g. the output states), so the database pages the result.
 */
public record LibraryQuery(String search, boolean archived, Collection<Long> only, Collection<Long> except) {

    public LibraryQuery {
        search = search == null ? "" : search.strip();
        only = only == null ? null : Set.copyOf(only);
        except = except == null ? Set.of() : Set.copyOf(except);
    }

    public static LibraryQuery search(String search) {
        return new LibraryQuery(search, false, null, null);
    }
}

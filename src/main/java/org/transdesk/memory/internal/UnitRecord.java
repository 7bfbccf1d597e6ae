package org.transdesk.memory.internal;

import java.time.Instant;
import java.util.List;
import org.transdesk.memory.TranslationUnit;

/**
 * A translation unit with what interchange keeps about it: who created and last changed it and when
 * (TMX creationdate/creationid, changedate/changeid), and its TMX properties and notes. {@code dated}: the
 * dates are the file's, not the import's, so they can tell whether the unit is newer than a stored one.
 */
public record UnitRecord(TranslationUnit unit, Instant createdAt, String createdBy, Instant changedAt, String changedBy,
                         List<UnitNote> notes, boolean dated) {

    public UnitRecord {
        notes = notes == null ? List.of() : List.copyOf(notes);
        changedAt = changedAt == null ? createdAt : changedAt;
        changedBy = changedBy == null ? createdBy : changedBy;
    }

    public UnitRecord(TranslationUnit unit, Instant createdAt, String createdBy, Instant changedAt, String changedBy, List<UnitNote> notes) {
        this(unit, createdAt, createdBy, changedAt, changedBy, notes, true);
    }

    /** A unit learned or added now by a user, without notes. */
    public static UnitRecord now(TranslationUnit unit, Instant at, String user) {
        return new UnitRecord(unit, at, user, at, user, List.of());
    }

    /**
     * A TMX {@code <prop>} ({@code kind} "prop", with its type) or {@code <note>} ("note"), at the level it was
     * written at: "tu", "source" or "target" (the {@code <tuv>} of that language).
     */
    public record UnitNote(String level, String kind, String type, String lang, String text) {
    }
}

package org.transdesk.review;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the text of one draft paragraph stands. The allowed changes are one table
 * ({@link #after(ParagraphEvent)}); every write of a paragraph goes through it, so the service
 * never decides a status on its own.
 *
 * <pre>
 *                  ENGINE_TEXT    ENGINE_NOTHING  TYPED / RESTORED  CLEARED       CONFIRMED   APPROVED
 *  UNTRANSLATED    MACHINE_DRAFT  UNTRANSLATED    EDITED            UNTRANSLATED  refused     UNTRANSLATED
 *  MACHINE_DRAFT   MACHINE_DRAFT  UNTRANSLATED    EDITED            UNTRANSLATED  CONFIRMED   CONFIRMED
 *  EDITED          replace only   replace only    EDITED            UNTRANSLATED  CONFIRMED   CONFIRMED
 *  CONFIRMED       replace only   replace only    EDITED            UNTRANSLATED  CONFIRMED   CONFIRMED
 * </pre>
 * "replace only": engine text reaches a person's paragraph only when the editor chose
 * {@link RegenerateMode#REPLACE_ALL} or regenerated that one paragraph. Restoring an earlier text,
 * even an engine's, is a person's choice: the paragraph counts as edited.
 */
public enum ParagraphStatus {
    UNTRANSLATED("Untranslated"),
    MACHINE_DRAFT("Machine draft"),
    EDITED("Edited"),
    CONFIRMED("Confirmed");

    /** What happens to a paragraph. */
    public enum ParagraphEvent {
        /** An engine, the memory or a model wrote text. */
        ENGINE_TEXT,
        /** An engine had nothing for the paragraph: it stays empty. */
        ENGINE_NOTHING,
        /** A person typed (or imported) text. */
        TYPED,
        /** A person emptied the paragraph. */
        CLEARED,
        /** An editor confirmed the text as it is. */
        CONFIRMED,
        /** A person made an earlier text current again. */
        RESTORED,
        /** A reviewer approved the draft: its paragraphs count as confirmed. */
        APPROVED
    }

    private static final Map<ParagraphStatus, Map<ParagraphEvent, ParagraphStatus>> TABLE = new EnumMap<>(ParagraphStatus.class);

    static {
        for (ParagraphStatus from : values()) {
            Map<ParagraphEvent, ParagraphStatus> row = new EnumMap<>(ParagraphEvent.class);
            row.put(ParagraphEvent.ENGINE_TEXT, MACHINE_DRAFT);
            row.put(ParagraphEvent.ENGINE_NOTHING, UNTRANSLATED);
            row.put(ParagraphEvent.TYPED, EDITED);
            row.put(ParagraphEvent.CLEARED, UNTRANSLATED);
            row.put(ParagraphEvent.RESTORED, EDITED);
            if (from != UNTRANSLATED) {
                row.put(ParagraphEvent.CONFIRMED, CONFIRMED); // an empty paragraph has nothing to confirm
            }
            row.put(ParagraphEvent.APPROVED, from == UNTRANSLATED ? UNTRANSLATED : CONFIRMED);
            TABLE.put(from, row);
        }
    }

    private final String label;

    ParagraphStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Edited or confirmed: a person's work, which "generate again" keeps unless the editor chooses to replace it. */
    public boolean isHumanWork() {
        return this == EDITED || this == CONFIRMED;
    }

    /** Whether generating again in {@code mode} may write engine text over this paragraph. */
    public boolean draftableIn(RegenerateMode mode) {
        return mode == RegenerateMode.REPLACE_ALL || !isHumanWork();
    }

    /** The status after {@code event}, or empty when the table does not allow it. */
    public Optional<ParagraphStatus> after(ParagraphEvent event) {
        return Optional.ofNullable(TABLE.get(this).get(event));
    }

    /** The status of a paragraph that an engine wrote {@code text} into. */
    public static ParagraphStatus ofEngineText(String text) {
        return text == null || text.isBlank() ? UNTRANSLATED : MACHINE_DRAFT;
    }
}

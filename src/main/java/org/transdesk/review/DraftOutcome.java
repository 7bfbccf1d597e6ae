package org.transdesk.review;

import java.util.ArrayList;
import java.util.List;
import org.transdesk.article.Output;

/**
 * What one generation did to one output, in counts an editor can read: paragraphs drafted with
 * text, paragraphs the engine had nothing for (left empty, Untranslated), people's paragraphs kept,
 * and people's paragraphs replaced (only when the editor chose {@link RegenerateMode#REPLACE_ALL}).
 * A cancelled run reached {@code reached} of the {@code asked} paragraphs; those are kept, the
 * others are as they were (empty and marked "not reached" where the output had no text yet).
 */
public record DraftOutcome(Draft draft, int length, int drafted, int untranslated, int kept, int replacedHumanWork,
                           boolean offline, int asked, int reached, boolean cancelled) {

    public Output output() {
        return draft.output();
    }

    /** "Draft ready" is said only when something was drafted. */
    public boolean draftReady() {
        return drafted > 0;
    }

    /** One line for a notice: "Vietnamese draft ready: 5 of 45 paragraphs drafted; nothing to translate from memory for 40 of 45 paragraphs". */
    public String notice() {
        String label = output().label();
        if (cancelled) {
            return label + ": cancelled after " + reached + " of " + asked + " paragraphs"
                    + (reached == 0 ? "; nothing was changed." : "; the " + reached + " reached are kept (" + drafted + " drafted), the other "
                    + (asked - reached) + " were not reached.");
        }
        if (drafted == 0 && untranslated == 0) {
            return label + ": nothing to draft; the " + kept + " edited or confirmed paragraphs are kept.";
        }
        List<String> parts = new ArrayList<>();
        if (untranslated > 0) {
            parts.add((offline ? "nothing to translate from memory for " : "no usable text from the engine for ")
                    + untranslated + " of " + length + " paragraphs (left empty, marked Untranslated)");
        }
        if (kept > 0) {
            parts.add(kept + " edited or confirmed paragraphs kept");
        }
        if (replacedHumanWork > 0) {
            parts.add(replacedHumanWork + " edited or confirmed paragraphs replaced (their text stays in the history)");
        }
        String head = drafted > 0 ? label + " draft ready: " + drafted + " of " + length + " paragraphs drafted" : label;
        return parts.isEmpty() ? head : head + (drafted > 0 ? "; " : ": ") + String.join("; ", parts);
    }
}

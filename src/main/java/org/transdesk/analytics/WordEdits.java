package org.transdesk.analytics;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.Arrays;
import java.util.List;

/**
 * Word edit distance, HTER-style: how many words an editor inserted, deleted or replaced to turn the
 * machine draft into the approved text (words are runs between spaces), divided by the words of the
 * approved text. A replaced run of words counts as many edits as the longer side, so "a b c" → "a x c"
 * is one edit and deleting two words is two. Shifts of whole phrases count as delete plus insert
 * (TER would count one shift).
 */
public final class WordEdits {

    private WordEdits() {
    }

    public static List<String> words(String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.isEmpty() ? List.of() : Arrays.asList(stripped.split("\\s+"));
    }

    /** Word-level edits from {@code machine} to {@code approved}. */
    public static int distance(String machine, String approved) {
        List<String> from = words(machine);
        List<String> to = words(approved);
        int edits = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            edits += Math.max(delta.getSource().size(), delta.getTarget().size());
        }
        return edits;
    }

    /** Edits per word of the approved text (0 = untouched; above 1 when the editor wrote more than was left). */
    public static double rate(int edits, int approvedWords) {
        if (approvedWords == 0) {
            return edits == 0 ? 0 : 1;
        }
        return (double) edits / approvedWords;
    }
}

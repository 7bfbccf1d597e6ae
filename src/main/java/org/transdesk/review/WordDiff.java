package org.transdesk.review;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level differences between two texts (engine draft vs edit, any two revisions or versions).
 * Words, runs of spaces and single punctuation marks are the units, so a changed word shows as one
 * removal and one addition and an inserted comma as just the comma.
 */
public final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}_]+|\\s+|.", Pattern.DOTALL);

    private WordDiff() {
    }

    public static List<DiffPart> between(String older, String newer) {
        List<String> a = tokens(older);
        List<String> b = tokens(newer);
        List<DiffPart> parts = new ArrayList<>();
        int ai = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int from = delta.getSource().getPosition();
            add(parts, DiffPart.Kind.SAME, a.subList(ai, from));
            add(parts, DiffPart.Kind.REMOVED, delta.getSource().getLines());
            add(parts, DiffPart.Kind.ADDED, delta.getTarget().getLines());
            ai = from + delta.getSource().size();
        }
        add(parts, DiffPart.Kind.SAME, a.subList(ai, a.size()));
        return parts;
    }

    /** True when the texts differ in anything but nothing (convenience for "unchanged" labels). */
    public static boolean changed(List<DiffPart> parts) {
        return parts.stream().anyMatch(p -> p.kind() != DiffPart.Kind.SAME);
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** Appends tokens as one part, joining with the previous part when it has the same kind. */
    private static void add(List<DiffPart> parts, DiffPart.Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!parts.isEmpty() && parts.getLast().kind() == kind) {
            parts.set(parts.size() - 1, new DiffPart(kind, parts.getLast().text() + text));
        } else {
            parts.add(new DiffPart(kind, text));
        }
    }
}

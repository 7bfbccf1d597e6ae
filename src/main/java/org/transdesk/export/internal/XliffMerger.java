package org.transdesk.export.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.transdesk.base.Phrase;
import org.transdesk.base.CleanText;
import org.transdesk.export.ExportException;
import org.transdesk.export.XliffMerge.Outcome;
import org.transdesk.export.XliffMerge.Unit;
import org.transdesk.inline.InlineCode;
import org.transdesk.inline.TaggedText;
import org.transdesk.review.SegmentText;

/**
 * The three-way merge of an XLIFF import, unit by unit, as a pure function: base (the approved
 * version exported), file (the unit's target) and here (the draft now). Unit ids must be exactly the
 * ids Transdesk writes ({@code s0} = headline, {@code s1}... = paragraphs, no leading zeros), and a
 * unit's source must still be the article's text. Texts are compared with runs of white space read
 * as one space (tools re-wrap lines); the text applied is the file's, cleaned and stripped.
 */
public final class XliffMerger {

    private static final Pattern UNIT_ID = Pattern.compile("s(0|[1-9][0-9]{0,5})");
    private static final Pattern PADDED = Pattern.compile("s0[0-9]+");

    private XliffMerger() {
    }

    /** The unit's position, or an error naming the id when it is not one this draft has. */
    static int position(String id, int units) {
        Matcher m = UNIT_ID.matcher(id);
        if (PADDED.matcher(id).matches()) {
            throw ExportException.of("refusal.xliff.unit-padded", id, units - 1);
        }
        if (!m.matches() || Integer.parseInt(m.group(1)) >= units) {
            throw ExportException.of("refusal.xliff.unit-unknown", id, units - 1);
        }
        return Integer.parseInt(m.group(1));
    }

    /**
     * Checks every unit before anything else is looked at: its id is one this draft has, and its
     * source is still the article's text (so a file of another article is caught by its texts too).
     */
    public static void check(List<String> sources, int draftSize, List<XliffFile.Unit> units) {
        check(sources, List.of(), draftSize, units);
    }

    /**
     * As {@link #check(List, int, List)}, and the inline codes hold: a unit of a plain paragraph has
     * none, and a unit of a paragraph with codes has each of its source's codes in its target, once
     * and well nested, as {@link TaggedText#check} says (the first problem is named).
     *
     * @param codes the code table of each segment (headline first), shorter or empty for plain text
     */
    public static void check(List<String> sources, List<List<InlineCode>> codes, int draftSize, List<XliffFile.Unit> units) {
        int size = Math.min(sources.size(), draftSize);
        for (XliffFile.Unit unit : units) {
            int position = position(unit.id(), size);
            List<InlineCode> table = position < codes.size() ? codes.get(position) : List.of();
            if (table.isEmpty() && unit.coded()) {
                throw position == 0 ? ExportException.of("refusal.xliff.codes-in-plain-headline", unit.id())
                        : ExportException.of("refusal.xliff.codes-in-plain", unit.id(), position);
            }
            if (!same(unit.source(), sources.get(position))) {
                throw position == 0 ? ExportException.of("refusal.xliff.source-differs-headline", unit.id())
                        : ExportException.of("refusal.xliff.source-differs", unit.id(), position);
            }
            if (unit.target() != null && !unit.target().isBlank()) {
                new TaggedText(sources.get(position), table).check(unit.target()).stream().filter(TaggedText.TagProblem::isError).findFirst()
                        .ifPresent(p -> {
                            String problem = new Phrase(p.key(), p.args()).nested();
                            throw position == 0 ? ExportException.of("refusal.xliff.tags-headline", unit.id(), problem)
                                    : ExportException.of("refusal.xliff.tags", unit.id(), position, problem);
                        });
            }
        }
    }

    /**
     * @param sources the article's segments (headline first)
     * @param base    the segments of the approved version the file was exported from
     * @param here    the draft's segments now
     * @param units   the file's units, in file order
     */
    public static List<Unit> merge(List<String> sources, List<String> base, List<SegmentText> here, List<XliffFile.Unit> units) {
        return merge(sources, List.of(), base, here, units);
    }

    /** As {@link #merge(List, List, List, List)} for an article whose segments have inline codes. */
    public static List<Unit> merge(List<String> sources, List<List<InlineCode>> codes, List<String> base, List<SegmentText> here,
                                   List<XliffFile.Unit> units) {
        check(sources, codes, here.size(), units);
        List<Unit> merged = new ArrayList<>();
        for (XliffFile.Unit unit : units) {
            int position = position(unit.id(), here.size());
            SegmentText now = here.get(position);
            String was = position < base.size() ? base.get(position) : "";
            String file = unit.target() == null ? "" : CleanText.of(unit.target()).strip();
            List<String> notes = unit.notes().stream().map(n -> CleanText.of(n).strip()).filter(n -> !n.isEmpty()).distinct().toList();
            merged.add(new Unit(unit.id(), position, outcome(was, file, now.text()), was, file, now.text(), now.revision(),
                    unit.state(), notes));
        }
        return merged;
    }

    static Outcome outcome(String base, String file, String here) {
        if (file.isEmpty()) {
            return Outcome.NO_TARGET;
        }
        boolean fileChanged = !same(file, base);
        boolean hereChanged = !same(here, base);
        if (!fileChanged) {
            return hereChanged ? Outcome.KEPT_HERE : Outcome.UNCHANGED;
        }
        if (!hereChanged) {
            return Outcome.FROM_FILE;
        }
        return same(file, here) ? Outcome.SAME_CHANGE : Outcome.CONFLICT;
    }

    /** Equal but for white space runs and the ends. */
    static boolean same(String a, String b) {
        return normal(a).equals(normal(b));
    }

    static String normal(String text) {
        return text == null ? "" : CleanText.of(text).replaceAll("\\s+", " ").strip();
    }

    /** How many of the file's targets equal a version's segments: picks the exported version a file came from. */
    public static int agreement(List<String> version, List<XliffFile.Unit> units) {
        int agree = 0;
        for (XliffFile.Unit unit : units) {
            Matcher m = UNIT_ID.matcher(unit.id());
            if (m.matches() && unit.target() != null) {
                int position = Integer.parseInt(m.group(1));
                if (position < version.size() && same(unit.target(), version.get(position))) {
                    agree++;
                }
            }
        }
        return agree;
    }
}

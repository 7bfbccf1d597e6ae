package org.transdesk.qa.internal;

import java.util.List;
import org.transdesk.language.LanguageProfile;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.Severity;

/**
 * {@code truncated}: the translation stops mid-sentence.
 * <ul>
 *   <li>ERROR: it ends on a comma, dash, opening bracket or a word that cannot end a sentence ("и", "của",
 *       "the"), without final punctuation;</li>
 *   <li>the source ends a sentence (. ! ? … ; :) and the translation ends on a letter or digit: ERROR when the
 *       translation is also short for its source (below the length-ratio warning bound), otherwise WARNING —
 *       human translators drop a final full stop now and then with the sentence complete;</li>
 *   <li>WARNING: the translation trails off with "…" where the source does not.</li>
 * </ul>
 * Closing quotes and brackets are looked through on both sides ("достаточно"." and «…» are fine).
 */
public final class TruncatedCheck extends SegmentCheck {

    public static final String ID = "truncated";

    private static final String CLOSERS = "\"'”’»“)]}›*）」』】》";
    private static final String TERMINAL = ".!?…;:。！？；：";

    @Override
    public String id() {
        return ID;
    }

    @Override
    protected void checkSegment(TranslationJob job, int i, String source, String target, List<QaFinding> out) {
        int se = lastSignificant(source);
        int te = lastSignificant(target);
        if (te < 0) {
            return;
        }
        char srcLast = se < 0 ? ' ' : source.charAt(se);
        char tgtLast = target.charAt(te);
        boolean srcTerminal = TERMINAL.indexOf(srcLast) >= 0;
        boolean tgtTerminal = TERMINAL.indexOf(tgtLast) >= 0;
        int tailStart = Math.max(0, te - 20);
        String tail = target.substring(tailStart, te + 1);

        if (!tgtTerminal) {
            if (",-–—(‐[«„“，、（「『".indexOf(tgtLast) >= 0) {
                out.add(finding(Severity.ERROR, i, te, te + 1, "qa-finding.truncated.mid-sentence", tgtLast));
                return;
            }
            List<Text.Tok> words = words(job.targetProfile(), target);
            if (!words.isEmpty()) {
                Text.Tok last = words.getLast();
                if (last.end() == te + 1 && job.targetProfile().danglingWords().contains(last.norm())) {
                    out.add(finding(Severity.ERROR, i, last.start(), last.end(), "qa-finding.truncated.dangling", last.text()));
                    return;
                }
            }
            if (srcTerminal && Character.isLetterOrDigit(tgtLast)) {
                // Human translators drop a final full stop now and then (0.1–0.6% of FLORES/WMT lines) with the
                // sentence complete: only a translation that is also short for its source is likely cut off.
                double ratio = LengthRatioCheck.visibleLength(target) / (double) LengthRatioCheck.visibleLength(source);
                boolean shortish = ratio < job.settings().lengthBounds(job.sourceCode(), job.targetCode()).warnBelow();
                out.add(shortish ? finding(Severity.ERROR, i, tailStart, te + 1, "qa-finding.truncated.short", tail.strip())
                        : finding(Severity.WARNING, i, tailStart, te + 1, "qa-finding.truncated.final", srcLast));
            }
            return;
        }
        boolean tgtEllipsis = tgtLast == '…' || target.startsWith("...", te - 2);
        boolean srcEllipsis = srcLast == '…' || (se >= 2 && source.startsWith("...", se - 2));
        if (tgtEllipsis && !srcEllipsis) {
            out.add(finding(Severity.WARNING, i, tailStart, te + 1, "qa-finding.truncated.ellipsis"));
        }
    }

    /** Words as the language separates them: Chinese by dictionary, others at spaces and punctuation. */
    private static List<Text.Tok> words(LanguageProfile lang, String target) {
        return lang.spaceSeparated() ? Text.words(target)
                : lang.words(target).stream().map(w -> new Text.Tok(w.text(), w.start(), w.end())).toList();
    }

    /** Index of the last char that is not whitespace, a closing quote or bracket; -1 if none. */
    static int lastSignificant(String s) {
        int i = s.length() - 1;
        while (i >= 0 && (Text.isSpace(s.charAt(i)) || CLOSERS.indexOf(s.charAt(i)) >= 0)) {
            i--;
        }
        return i;
    }
}

package org.transdesk.qa.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.Severity;

/**
 * {@code untranslated}: the target paragraph is the source, or mostly source words.
 * <ul>
 *   <li>ERROR: target equals source (ignoring case and spacing) and the source has ordinary lower-case words
 *       (a paragraph that is only a name, number or acronym may legitimately stay as it is);</li>
 *   <li>ERROR: at least {@code untranslatedShare} of the target's words (and at least three) are ordinary
 *       lower-case source words; names and acronyms don't count, since they are kept in translations;</li>
 *   <li>WARNING: four or more consecutive ordinary source words inside an otherwise translated paragraph.</li>
 * </ul>
 */
public final class UntranslatedCheck extends SegmentCheck {

    public static final String ID = "untranslated";

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u00A0]+");

    @Override
    public String id() {
        return ID;
    }

    @Override
    protected void checkSegment(TranslationJob job, int i, String source, String target, List<QaFinding> out) {
        if (job.sameLanguage()) {
            return;
        }
        Set<String> common = new HashSet<>();
        for (Text.Tok t : Text.letterWords(source)) {
            if (!t.isCapitalised() && !t.isAcronym() && t.text().length() >= 2) {
                common.add(t.norm());
            }
        }
        if (common.size() >= 2 && squash(source).equals(squash(target))) {
            out.add(finding(Severity.ERROR, i, 0, target.length(), "qa-finding.untranslated.source"));
            return;
        }
        List<Text.Tok> words = Text.letterWords(target);
        int copied = 0;
        int run = 0;
        int runStart = -1;
        int bestRun = 0;
        int bestStart = -1;
        int bestEnd = -1;
        for (Text.Tok t : words) {
            boolean isCopied = !t.isCapitalised() && common.contains(t.norm())
                    && !job.targetProfile().sharedWithEnglish().contains(t.norm());
            if (isCopied) {
                copied++;
                if (run == 0) {
                    runStart = t.start();
                }
                run++;
                if (run > bestRun) {
                    bestRun = run;
                    bestStart = runStart;
                    bestEnd = t.end();
                }
            } else {
                run = 0;
            }
        }
        int minWords = job.settings().untranslatedMinWords();
        if (words.size() >= minWords && copied >= 3 && copied >= job.settings().untranslatedShare() * words.size()) {
            out.add(finding(Severity.ERROR, i, 0, target.length(), "qa-finding.untranslated.copied", copied, words.size()));
        } else if (bestRun >= 4) {
            out.add(finding(Severity.WARNING, i, bestStart, bestEnd, "qa-finding.untranslated.words", Text.q(target.substring(bestStart, bestEnd))));
        }
    }

    private static String squash(String s) {
        return SPACES.matcher(Text.norm(s)).replaceAll(" ").strip();
    }
}

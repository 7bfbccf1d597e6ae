package org.transdesk.qa.internal;

import java.util.List;
import org.transdesk.language.RepeatPolicy;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.Severity;

/**
 * {@code repeated-word}: the same word twice in a row, separated only by spaces ("the the", "в в").
 * <ul>
 *   <li>Russian and English: ERROR, except reduplications that are normal speech ("да да", "очень очень",
 *       "had had", "that that"): WARNING;</li>
 *   <li>Vietnamese: reduplication is grammar ("dần dần", "luôn luôn", "song song", "chuồn chuồn" all occur in
 *       the FLORES human translations), so only doubled function words ("của của", "và và") are ERRORs; other
 *       repeats are INFO;</li>
 *   <li>both words capitalised (names: "Pago Pago", "Роа Роа"): INFO; a repeat the source also has: WARNING.</li>
 * </ul>
 */
public final class RepeatedWordCheck extends SegmentCheck {

    public static final String ID = "repeated-word";

    @Override
    public String id() {
        return ID;
    }

    @Override
    protected void checkSegment(TranslationJob job, int i, String source, String target, List<QaFinding> out) {
        List<Text.Tok> words = Text.words(target);
        for (int k = 1; k < words.size(); k++) {
            Text.Tok a = words.get(k - 1);
            Text.Tok b = words.get(k);
            if (!a.hasLetter() || !a.norm().equals(b.norm())) {
                continue;
            }
            String gap = target.substring(a.end(), b.start());
            if (gap.isEmpty() || !gap.isBlank()) {
                continue;
            }
            String w = a.norm();
            Severity sev;
            if (a.isCapitalised() && b.isCapitalised()) {
                sev = Severity.INFO;
            } else if (sourceRepeats(source)) {
                sev = Severity.WARNING;
            } else {
                RepeatPolicy policy = job.targetProfile().repeats();
                sev = switch (policy.mode()) {
                    case ERROR_UNLESS_LISTED -> policy.words().contains(w) ? Severity.WARNING : Severity.ERROR;
                    case ERROR_IF_LISTED -> policy.words().contains(w) ? Severity.ERROR : Severity.INFO;
                    case WARNING -> Severity.WARNING;
                };
            }
            out.add(finding(sev, i, a.start(), b.end(), sev == Severity.ERROR ? "qa-finding.repeated-word.delete" : "qa-finding.repeated-word.check",
                    a.text() + " " + b.text()));
        }
    }

    private static boolean sourceRepeats(String source) {
        List<Text.Tok> words = Text.words(source);
        for (int k = 1; k < words.size(); k++) {
            if (words.get(k).hasLetter() && words.get(k).norm().equals(words.get(k - 1).norm())) {
                return true;
            }
        }
        return false;
    }
}

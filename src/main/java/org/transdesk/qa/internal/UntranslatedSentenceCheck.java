package org.transdesk.qa.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.Severity;
import org.transdesk.qa.internal.Sentences.Sentence;

/**
 * {@code untranslated-sentence}: one sentence left in English inside an otherwise translated paragraph, which the
 * paragraph-level share of copied words ({@code untranslated}) does not reach.
 * <ul>
 *   <li>ERROR: a sentence of the target (by ICU's sentence rules for its language) has at least
 *       {@value #MIN_OWN_WORDS} ordinary lower-case words (names, acronyms and the first word don't count: they are
 *       kept in translations) and at least {@value #MIN_SHARE} of them are words of the source (for Vietnamese,
 *       minus the short words both languages share: "an", "to", "video").</li>
 * </ul>
 * A paragraph that is untranslated as a whole is the {@code untranslated} check's one finding.
 */
public final class UntranslatedSentenceCheck extends SegmentCheck {

    public static final String ID = "untranslated-sentence";

    static final int MIN_OWN_WORDS = 4;
    static final double MIN_SHARE = 0.6;

    @Override
    public String id() {
        return ID;
    }

    @Override
    protected void checkSegment(TranslationJob job, int i, String source, String target, List<QaFinding> out) {
        if (job.sameLanguage()) {
            return;
        }
        Set<String> sourceWords = new HashSet<>();
        for (Text.Tok t : Text.letterWords(source)) {
            if (!t.isCapitalised() && !t.isAcronym()) {
                sourceWords.add(t.norm());
            }
        }
        for (Sentence s : Sentences.of(job.targetCode(), target)) {
            int copied = 0;
            int own = 0;
            for (Text.Tok t : Text.letterWords(s.text())) {
                if (t.isCapitalised() || t.isAcronym()) {
                    continue;
                }
                own++;
                if (sourceWords.contains(t.norm())
                        && !job.targetProfile().sharedWithEnglish().contains(t.norm())) {
                    copied++;
                }
            }
            if (own >= MIN_OWN_WORDS && copied >= MIN_SHARE * own) {
                out.add(finding(Severity.ERROR, i, s.start(), s.end(), "qa-finding.untranslated.sentence", Text.q(Text.excerpt(s.text(), 80))));
                return;
            }
        }
    }
}

package org.transdesk.qa.internal;

import java.util.List;
import org.transdesk.language.Quotes;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.Severity;

/**
 * {@code typography-quotes}: text in a language whose profile sets house-style quotes (Russian: «…», with „…“
 * for quotes inside quotes) uses straight quotes "…" or English “…” instead. WARNING: house style, not meaning;
 * off when {@code russianGuillemets} is false.
 * One finding per paragraph, at the first offending quote.
 */
public final class TypographyQuotesCheck extends SegmentCheck {

    public static final String ID = "typography-quotes";

    @Override
    public String id() {
        return ID;
    }

    @Override
    protected void checkSegment(TranslationJob job, int i, String source, String target, List<QaFinding> out) {
        Quotes q = job.targetProfile().quotes();
        if (!q.houseStyle() || !job.settings().russianGuillemets()) {
            return;
        }
        boolean innerOpen = false;
        for (int k = 0; k < target.length(); k++) {
            String c = String.valueOf(target.charAt(k));
            if (c.equals(q.innerOpen())) {
                innerOpen = true;
            } else if (c.equals(q.innerClose()) && innerOpen) {
                innerOpen = false;
            } else if ((c.equals("\"") || c.equals("“") || c.equals("”")) && !c.equals(q.open()) && !c.equals(q.close())) {
                out.add(finding(Severity.WARNING, i, k, k + 1, c.equals("\"") ? "qa-finding.quotes.straight" : "qa-finding.quotes.english",
                        q.open(), q.close(), FindingWords.language(job.targetProfile()), q.innerOpen(), q.innerClose()));
                return;
            }
        }
    }
}

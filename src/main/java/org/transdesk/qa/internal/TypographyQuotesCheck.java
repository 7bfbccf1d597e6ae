package org.transdesk.qa.internal;

import java.util.List;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.Severity;

/**
 * {@code typography-quotes}: Russian text uses straight quotes "…" or English “…” instead of «…» (with „…“
 * for quotes inside quotes). WARNING: house style, not meaning; off when {@code russianGuillemets} is false.
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
        if (job.targetLang() != Lang.RU || !job.settings().russianGuillemets()) {
            return;
        }
        boolean lowOpen = false;
        for (int k = 0; k < target.length(); k++) {
            char c = target.charAt(k);
            if (c == '„') {
                lowOpen = true;
            } else if (c == '“' && lowOpen) {
                lowOpen = false;
            } else if (c == '"' || c == '“' || c == '”') {
                out.add(finding(Severity.WARNING, "Use «…» for quotes in Russian (and „…“ inside them), not "
                        + (c == '"' ? "straight quotes" : "English “…”") + ".", i, k, k + 1));
                return;
            }
        }
    }
}

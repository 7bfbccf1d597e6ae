package org.transdesk.qa.internal;

import java.util.List;
import java.util.Locale;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.QaSettings.LengthBounds;
import org.transdesk.qa.Severity;

/**
 * {@code length-ratio}: the target is much shorter or longer than the source would suggest, measured in
 * non-space characters against per-language-pair bounds from {@code QaSettings} (WARNING outside the warning
 * band, ERROR outside the error band). Source paragraphs shorter than {@code lengthRatioMinSourceChars} are
 * skipped: headlines and one-liners vary too much.
 */
public final class LengthRatioCheck extends SegmentCheck {

    public static final String ID = "length-ratio";

    @Override
    public String id() {
        return ID;
    }

    @Override
    protected void checkSegment(TranslationJob job, int i, String source, String target, List<QaFinding> out) {
        int s = visibleLength(source);
        if (s < job.settings().lengthRatioMinSourceChars()) {
            return;
        }
        double ratio = visibleLength(target) / (double) s;
        LengthBounds b = job.settings().lengthBounds(job.sourceCode(), job.targetCode());
        String r = String.format(Locale.ROOT, "%.2f", ratio);
        if (ratio < b.errorBelow() || ratio > b.errorAbove()) {
            out.add(finding(Severity.ERROR, i, ratio < 1 ? "qa-finding.length.shorter" : "qa-finding.length.longer", r, ratio < 1 ? b.warnBelow() : b.warnAbove()));
        } else if (ratio < b.warnBelow() || ratio > b.warnAbove()) {
            out.add(finding(Severity.WARNING, i, ratio < 1 ? "qa-finding.length.shorter" : "qa-finding.length.longer", r, ratio < 1 ? b.warnBelow() : b.warnAbove()));
        }
    }

    /** Characters that are not whitespace. */
    public static int visibleLength(String s) {
        int n = 0;
        for (int k = 0; k < s.length(); ) {
            int cp = s.codePointAt(k);
            if (!Text.isSpace(cp) && Character.getType(cp) != Character.NON_SPACING_MARK) {
                n++;
            }
            k += Character.charCount(cp);
        }
        return n;
    }
}

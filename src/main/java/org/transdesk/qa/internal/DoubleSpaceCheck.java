package org.transdesk.qa.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.Severity;

/** {@code double-space}: two or more spaces in a row inside the text (WARNING, one per run). */
public final class DoubleSpaceCheck extends SegmentCheck {

    public static final String ID = "double-space";

    private static final Pattern RUN = Pattern.compile("[ \\u00A0\\u202F\\u2009\\t]{2,}");

    @Override
    public String id() {
        return ID;
    }

    @Override
    protected void checkSegment(TranslationJob job, int i, String source, String target, List<QaFinding> out) {
        Matcher m = RUN.matcher(target);
        while (m.find()) {
            if (m.start() == 0 || m.end() == target.length()) {
                continue; // edge spaces are edge-spaces' business
            }
            out.add(finding(Severity.WARNING, i, m.start(), m.end(), "qa-finding.double-space"));
        }
    }
}

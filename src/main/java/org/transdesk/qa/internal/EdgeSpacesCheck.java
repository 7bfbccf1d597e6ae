package org.transdesk.qa.internal;

import java.util.List;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.Severity;

/**
 * {@code edge-spaces}: the target paragraph starts or ends with whitespace (incl. no-break and zero-width
 * spaces) that the source does not have. WARNING.
 */
public final class EdgeSpacesCheck extends SegmentCheck {

    public static final String ID = "edge-spaces";

    @Override
    public String id() {
        return ID;
    }

    @Override
    protected void checkSegment(TranslationJob job, int i, String source, String target, List<QaFinding> out) {
        int lead = 0;
        while (lead < target.length() && Text.isSpace(target.charAt(lead))) {
            lead++;
        }
        if (lead > 0 && !(source.length() > 0 && Text.isSpace(source.charAt(0)))) {
            out.add(finding(Severity.WARNING, i, 0, lead, "qa-finding.edge-spaces.leading"));
        }
        int trail = target.length();
        while (trail > 0 && Text.isSpace(target.charAt(trail - 1))) {
            trail--;
        }
        if (trail < target.length() && !(source.length() > 0 && Text.isSpace(source.charAt(source.length() - 1)))) {
            out.add(finding(Severity.WARNING, i, trail, target.length(), "qa-finding.edge-spaces.trailing"));
        }
    }
}

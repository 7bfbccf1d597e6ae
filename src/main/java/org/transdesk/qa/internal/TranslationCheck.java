package org.transdesk.qa.internal;

import java.util.List;
import org.transdesk.qa.QaFinding;

/** One translation check with a stable id. */
public interface TranslationCheck {

    String id();

    void check(TranslationJob job, List<QaFinding> out);
}

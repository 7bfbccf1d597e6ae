package org.transdesk.review;

import java.util.List;
import org.transdesk.qa.GlossaryEntry;

/**
 * Where QA gets the approved terms from. Implemented by the memory feature (which owns the glossary),
 * so review does not depend on memory, which already listens to review's approvals.
 */
public interface QaGlossary {

    List<GlossaryEntry> entries(String sourceLang);
}

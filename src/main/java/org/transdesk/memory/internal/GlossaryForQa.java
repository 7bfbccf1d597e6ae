package org.transdesk.memory.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import org.transdesk.memory.Glossary;
import org.transdesk.qa.GlossaryEntry;
import org.transdesk.review.QaGlossary;

/** Hands the glossary to review's QA checks in the checks' own terms. */
@Component
class GlossaryForQa implements QaGlossary {

    private final Glossary glossary;

    GlossaryForQa(Glossary glossary) {
        this.glossary = glossary;
    }

    @Override
    public List<GlossaryEntry> entries(String sourceLang) {
        return glossary.all(sourceLang).stream()
                .map(t -> new GlossaryEntry(t.term(), t.renderings(), t.doNotTranslate(), t.caseSensitive()))
                .toList();
    }
}

package org.transdesk.memory.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import org.transdesk.memory.Glossary;
import org.transdesk.memory.GlossaryTerm;
import org.transdesk.memory.TermStatus;
import org.transdesk.qa.GlossaryEntry;
import org.transdesk.review.QaGlossary;

/** Hands the glossary to review's QA checks in the checks' own terms. */
@Component
class GlossaryForQa implements QaGlossary {

    private final Glossary glossary;

    GlossaryForQa(Glossary glossary) {
        this.glossary = glossary;
    }

    /** A term in QA's terms: its deprecated and forbidden renderings are reported when a translation uses them. */
    static GlossaryEntry entry(GlossaryTerm t) {
        java.util.Map<String, List<String>> deprecated = new java.util.HashMap<>();
        java.util.Map<String, List<String>> forbidden = new java.util.HashMap<>();
        for (GlossaryTerm.Variant v : t.variants()) {
            if (v.status() == TermStatus.FORBIDDEN) {
                forbidden.computeIfAbsent(v.lang(), k -> new java.util.ArrayList<>()).add(v.text());
            } else if (v.status().avoided()) {
                deprecated.computeIfAbsent(v.lang(), k -> new java.util.ArrayList<>()).add(v.text());
            }
        }
        return new GlossaryEntry(t.term(), t.renderings(), t.doNotTranslate(), t.caseSensitive(), deprecated, forbidden);
    }

    @Override
    public List<GlossaryEntry> entries(String sourceLang) {
        return glossary.all(sourceLang).stream()
                .map(GlossaryForQa::entry)
                .toList();
    }
}

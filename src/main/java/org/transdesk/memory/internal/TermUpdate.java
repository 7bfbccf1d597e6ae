package org.transdesk.memory.internal;

import java.util.List;
import java.util.Map;
import org.transdesk.memory.GlossaryTerm;

/**
 * A term as a glossary file states it, to merge into the stored term with the same text: only what the
 * file says changes. {@code renderings} holds the languages whose preferred rendering the file states (a
 * CSV column, a TBX language section with a preferred or admitted term; an empty text removes the
 * rendering); {@code variantLanguages} the languages whose other terms (deprecated, forbidden, ...) it
 * restates, replacing the stored ones. Other languages keep theirs; {@code null} note or flags: the
 * file does not say, keep them.
 */
public record TermUpdate(String term, List<String> variantLanguages, Map<String, String> renderings, List<GlossaryTerm.Variant> variants,
                         String note, Boolean doNotTranslate, Boolean caseSensitive, int line) {

    public TermUpdate {
        variantLanguages = List.copyOf(variantLanguages);
        renderings = Map.copyOf(renderings);
        variants = List.copyOf(variants);
    }

    /** The term as a new one, for readers that want whole terms (the command line's QA). */
    public GlossaryTerm asTerm(String sourceLang) {
        Map<String, String> present = new java.util.LinkedHashMap<>();
        renderings.forEach((lang, text) -> {
            if (!text.isBlank()) {
                present.put(lang, text);
            }
        });
        return new GlossaryTerm(0, sourceLang, term, present, note, Boolean.TRUE.equals(doNotTranslate), Boolean.TRUE.equals(caseSensitive),
                variants);
    }
}

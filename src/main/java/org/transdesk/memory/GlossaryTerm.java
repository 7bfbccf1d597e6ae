package org.transdesk.memory;

import java.util.Map;

/** A term with its approved rendering per language; do-not-translate terms stay verbatim. */
public record GlossaryTerm(long id, String sourceLang, String term, Map<String, String> renderings, String note,
                           boolean doNotTranslate, boolean caseSensitive) {

    public GlossaryTerm {
        renderings = Map.copyOf(renderings);
    }

    /** The rendering in a language; a do-not-translate term renders as itself. */
    public String renderingIn(String lang) {
        return doNotTranslate ? term : renderings.get(lang);
    }
}

package org.transdesk.memory;

import java.util.List;
import java.util.Map;

/**
 * A term with its approved (preferred) rendering per language; do-not-translate terms stay verbatim.
 * {@code variants} are the other terms of the concept per language, with their standing: admitted
 * ones may be used, deprecated and forbidden ones must not be (QA reports them when used).
 */
public record GlossaryTerm(long id, String sourceLang, String term, Map<String, String> renderings, String note,
                           boolean doNotTranslate, boolean caseSensitive, List<Variant> variants) {

    public GlossaryTerm {
        renderings = Map.copyOf(renderings);
        variants = variants == null ? List.of() : List.copyOf(variants);
    }

    public GlossaryTerm(long id, String sourceLang, String term, Map<String, String> renderings, String note,
                        boolean doNotTranslate, boolean caseSensitive) {
        this(id, sourceLang, term, renderings, note, doNotTranslate, caseSensitive, List.of());
    }

    /** A term of the concept other than the preferred rendering, in a language (the source language too). */
    public record Variant(String lang, String text, TermStatus status) {
    }

    /** The rendering in a language; a do-not-translate term renders as itself. */
    public String renderingIn(String lang) {
        return doNotTranslate ? term : renderings.get(lang);
    }

    /** Terms a translation into the language must not use. */
    public List<Variant> avoidedIn(String lang) {
        return variants.stream().filter(v -> v.lang().equals(lang) && v.status().avoided()).toList();
    }
}

package org.transdesk.llm;

/** Where a draft segment's text came from; the workbench shows it beside the text. */
public enum SegmentOrigin {
    /** Written by a language model. */
    MODEL,
    /** The whole segment matched the translation memory exactly. */
    MEMORY_EXACT,
    /** Close but not identical memory matches above the fuzzy threshold; the score says how close. */
    MEMORY_FUZZY,
    /** Some sentences matched the memory or glossary; the rest is still source text. */
    MEMORY_PARTIAL,
    /** No match: the source text is kept and must be translated by hand or by a model. */
    UNTRANSLATED,
    /** A sentence taken from the article by the extractive summariser. */
    EXTRACTED,
    /** The engine failed on this segment; the text is the source and the note says why. */
    FAILED
}

package org.transdesk.llm;

/** Where a draft segment's text came from; the workbench shows it beside the text. */
public enum SegmentOrigin {
    /** Written by a language model. */
    MODEL,
    /** The whole segment matched the translation memory exactly. */
    MEMORY_EXACT,
    /** Close but not identical memory matches above the fuzzy threshold; the score says how close. */
    MEMORY_FUZZY,
    /**
     * Some sentences matched and the rest was source text. No longer produced (a partial match is now
     * {@link #UNTRANSLATED} with the matched sentences in the note); drafts stored earlier may carry it.
     */
    MEMORY_PARTIAL,
    /** No match for the whole segment: the text is empty and must be translated by hand or by a model. */
    UNTRANSLATED,
    /** A sentence taken from the article by the extractive summariser. */
    EXTRACTED,
    /** The engine failed on this segment; the text is empty and the note says why. */
    FAILED
}

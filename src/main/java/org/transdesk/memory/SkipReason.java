package org.transdesk.memory;

/** Why an approved paragraph or sentence was not taught to the translation memory. */
public enum SkipReason {
    /** The approved text is empty. */
    EMPTY("empty"),
    /** The approved text is the source text (at most spacing or case differ). */
    SAME_AS_SOURCE("same as the source"),
    /** The paragraph was approved with an ERROR finding left open (a QA override). */
    OPEN_QA_ERROR("approved with an open QA error"),
    /** QA's script check: not written in the target language's script (English left in a Russian box). */
    WRONG_SCRIPT("not in the target language's script"),
    /** QA's untranslated check: the text is mostly copied source words. */
    UNTRANSLATED("untranslated"),
    /** A sentence of the paragraph is untranslated or in the wrong script, so the paragraph as a whole is not a translation. */
    PART_UNTRANSLATED("a sentence is not translated"),
    /** Source and approved texts have different paragraph counts, so no pair can be trusted. */
    NOT_ALIGNED("paragraphs not aligned with the source");

    private final String label;

    SkipReason(String label) {
        this.label = label;
    }

    /** How the reviewer reads it: "untranslated", "same as the source", ... */
    public String label() {
        return label;
    }
}

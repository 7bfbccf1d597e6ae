package org.transdesk.review;

/** What generating again does with paragraphs that people edited or confirmed. */
public enum RegenerateMode {
    /** Draft only untranslated paragraphs and machine drafts; edited and confirmed paragraphs stay as they are (the default). */
    ONLY_THE_REST,
    /** Draft every paragraph again; the text people wrote stays in each paragraph's history and the result counts it. */
    REPLACE_ALL
}

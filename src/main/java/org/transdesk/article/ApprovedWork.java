package org.transdesk.article;

/** When an admin deletes an article: what becomes of its approved versions and their exports. Always chosen explicitly. */
public enum ApprovedWork {
    /** Approved versions, their export records and the exported files stay for the record; the article leaves the library. */
    KEEP,
    /** Approved versions, export records and the article's folder in the export root are removed with it. */
    REMOVE
}

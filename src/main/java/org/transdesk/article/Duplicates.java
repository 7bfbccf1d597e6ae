package org.transdesk.article;

/** What an import does when the library already holds a like article (same title and date, or same text). */
public enum Duplicates {
    /** Refuse with a {@link DuplicateArticleException} naming the existing article: the editor chooses. */
    REFUSE,
    /** Import as a new article anyway: the editor chose so. */
    IMPORT_AS_NEW
}

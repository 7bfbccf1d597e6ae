package org.transdesk.article;

/**
 * Import refused because the library already holds a like article: the same title and date, or the
 * same text. The editor opens {@link #existing()} or imports again as a new article. Nothing was stored.
 */
public class DuplicateArticleException extends ArticleImportException {

    private final ArticleListing existing;

    public DuplicateArticleException(ArticleListing existing, String fileName) {
        super((fileName == null ? "This article" : "'" + fileName + "'") + " is already in the library as \"" + existing.title() + "\""
                + (existing.publishedOn() == null ? "" : " (" + existing.publishedOn() + ")") + ", imported by " + existing.createdBy()
                + ". Open the existing one, or import it again as a new article.");
        this.existing = existing;
    }

    public ArticleListing existing() {
        return existing;
    }
}

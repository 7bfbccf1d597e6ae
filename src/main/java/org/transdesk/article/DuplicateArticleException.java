package org.transdesk.article;

import org.transdesk.base.Phrase;

/**
 * Import refused because the library already holds a like article: the same title and date, or the
 * same text. The editor opens {@link #existing()} or imports again as a new article. Nothing was stored.
 */
public class DuplicateArticleException extends ArticleImportException {

    private final ArticleListing existing;

    public DuplicateArticleException(ArticleListing existing, String fileName) {
        super(Phrase.of(fileName == null ? (existing.publishedOn() == null ? "refusal.import.duplicate" : "refusal.import.duplicate-dated")
                        : existing.publishedOn() == null ? "refusal.import.duplicate-file" : "refusal.import.duplicate-file-dated",
                existing.title(), existing.createdBy(), existing.publishedOn() == null ? "" : existing.publishedOn(), fileName == null ? "" : fileName));
        this.existing = existing;
    }

    public ArticleListing existing() {
        return existing;
    }
}

package org.transdesk.article;

/** Fact: an article was stored. */
public record ArticleImported(long articleId, String slug) {
}

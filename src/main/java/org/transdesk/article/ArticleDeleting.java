package org.transdesk.article;

/**
 * Fact about to happen, published inside the deleting transaction: an admin deletes this archived
 * article. Each feature removes its own rows about it now (synchronous listeners), or the delete fails whole.
 */
public record ArticleDeleting(long articleId, String slug, ApprovedWork approvedWork) {
}

package org.transdesk.review;

import java.time.Instant;

/**
 * An approved version kept when an admin deleted its article ("keep approved versions and exports"): the
 * article is gone from the library and the API, the version stays for the record.
 *
 * @param language the language tag of the version's text (the output's, the source's for a summary)
 * @param sha256   the SHA-256 over the version's paragraphs as stored at approval (hex)
 */
public record KeptVersion(long versionId, long articleId, String articleTitle, String articleSlug, Instant deletedAt,
                          String outputKey, String language, int number, String approvedBy, Instant approvedAt, String sha256) {
}

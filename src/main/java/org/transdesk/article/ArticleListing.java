package org.transdesk.article;

import java.time.Instant;
import java.time.LocalDate;

/** One row of the library: enough to find an article without loading its text. */
public record ArticleListing(long id, String slug, String title, LocalDate publishedOn, String sourceLanguage,
                             int paragraphCount, String createdBy, Instant createdAt) {
}

package org.transdesk.article;

import java.time.Instant;
import java.time.LocalDate;

/** One row of the library: enough to find an article without loading its text. */
public record ArticleListing(long id, String slug, String title, LocalDate publishedOn, String sourceLanguage,
                             int paragraphCount, String createdBy, Instant createdAt, Instant archivedAt) {

    public boolean archived() {
        return archivedAt != null;
    }

    /** Where a row stands in the library's order (newest first): a page that ends here goes on after it. */
    public record Position(Instant createdAt, long id) {
    }

    public Position position() {
        return new Position(createdAt, id);
    }
}

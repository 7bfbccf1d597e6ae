package org.transdesk.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A source article: headline, optional date, language and its ordered body paragraphs (the unit
 * of alignment). {@code sourceRevision} grows when the source text changes.
 */
public record Article(long id, String slug, String title, LocalDate publishedOn, String sourceLanguage,
                      int sourceRevision, String fileName, String createdBy, Instant createdAt,
                      List<String> paragraphs) {

    public Article {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Headline followed by the body: what a translation is aligned with, segment by segment. */
    public List<String> segments() {
        var all = new java.util.ArrayList<String>(paragraphs.size() + 1);
        all.add(title);
        all.addAll(paragraphs);
        return List.copyOf(all);
    }
}

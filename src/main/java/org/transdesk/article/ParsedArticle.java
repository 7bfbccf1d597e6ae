package org.transdesk.article;

import java.time.LocalDate;
import java.util.List;

/** The result of parsing import text, before it is stored. */
public record ParsedArticle(String title, LocalDate publishedOn, List<String> paragraphs) {

    public ParsedArticle {
        paragraphs = List.copyOf(paragraphs);
    }
}

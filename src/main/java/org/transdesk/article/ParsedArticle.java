package org.transdesk.article;

import java.time.LocalDate;
import java.util.List;
import org.transdesk.inline.InlineCode;

/**
 * The result of parsing import text, before it is stored; {@code codes} holds the inline-code table
 * of each paragraph read with formatting (empty, or shorter than {@code paragraphs}, for plain text).
 */
public record ParsedArticle(String title, LocalDate publishedOn, List<String> paragraphs, List<List<InlineCode>> codes) {

    public ParsedArticle {
        paragraphs = List.copyOf(paragraphs);
        codes = codes == null ? List.of() : codes.stream().map(c -> c == null ? List.<InlineCode>of() : List.copyOf(c)).toList();
    }

    public ParsedArticle(String title, LocalDate publishedOn, List<String> paragraphs) {
        this(title, publishedOn, paragraphs, List.of());
    }

    /** The code table of paragraph {@code i} (0-based); empty for plain text. */
    public List<InlineCode> codes(int i) {
        return i < codes.size() ? codes.get(i) : List.of();
    }
}

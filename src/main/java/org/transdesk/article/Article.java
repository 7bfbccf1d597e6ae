package org.transdesk.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.transdesk.inline.InlineCode;
import org.transdesk.inline.TaggedText;

/**
 * A source article: headline, optional date, language and its ordered body paragraphs (the unit
 * of alignment). {@code sourceRevision} grows when the source text changes. {@code codes} is the
 * inline-code table of each body paragraph imported with formatting (bold, italic, links from
 * HTML, Word or Markdown; see {@link TaggedText}), whose text then holds numbered placeholders;
 * empty for plain paragraphs. The headline is always plain text.
 */
public record Article(long id, String slug, String title, LocalDate publishedOn, String sourceLanguage,
                      int sourceRevision, String fileName, String createdBy, Instant createdAt,
                      List<String> paragraphs, List<List<InlineCode>> codes) {

    public Article {
        paragraphs = List.copyOf(paragraphs);
        codes = codes == null ? List.of() : codes.stream().map(c -> c == null ? List.<InlineCode>of() : List.copyOf(c)).toList();
    }

    /** A plain-text article: no inline codes. */
    public Article(long id, String slug, String title, LocalDate publishedOn, String sourceLanguage,
                   int sourceRevision, String fileName, String createdBy, Instant createdAt, List<String> paragraphs) {
        this(id, slug, title, publishedOn, sourceLanguage, sourceRevision, fileName, createdBy, createdAt, paragraphs, List.of());
    }

    /** Headline followed by the body: what a translation is aligned with, segment by segment. */
    public List<String> segments() {
        var all = new java.util.ArrayList<String>(paragraphs.size() + 1);
        all.add(title);
        all.addAll(paragraphs);
        return List.copyOf(all);
    }

    /** The code table of segment {@code i} (0 = headline, which has none); empty for plain text. */
    public List<InlineCode> segmentCodes(int i) {
        return i >= 1 && i - 1 < codes.size() ? codes.get(i - 1) : List.of();
    }

    /** The code tables aligned with {@link #segments()}: the headline's (empty) first. */
    public List<List<InlineCode>> segmentCodes() {
        List<List<InlineCode>> all = new ArrayList<>(paragraphs.size() + 1);
        for (int i = 0; i <= paragraphs.size(); i++) {
            all.add(segmentCodes(i));
        }
        return List.copyOf(all);
    }

    /** Segment {@code i} with its codes. */
    public TaggedText tagged(int i) {
        List<String> segments = segments();
        return new TaggedText(i < segments.size() ? segments.get(i) : "", segmentCodes(i));
    }

    public boolean hasCodes() {
        return codes.stream().anyMatch(c -> !c.isEmpty());
    }

    /** The headline and the body as words only: what a summary is checked against (it may repeat the headline). */
    public List<String> plainSegments() {
        List<String> plain = new ArrayList<>(plainParagraphs());
        plain.addFirst(title);
        return List.copyOf(plain);
    }

    /** The body paragraphs as words only, every placeholder removed: what a summary is made from. */
    public List<String> plainParagraphs() {
        List<String> plain = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            plain.add(tagged(i + 1).plainText());
        }
        return List.copyOf(plain);
    }
}

package org.transdesk.article;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.transdesk.inline.InlineCode;
import org.transdesk.inline.TaggedText;

/**
 * Parses article text. The newsroom format has a first line {@code date YYYY-MM-DD Title}
 * (leading whitespace allowed); other text takes its first line as the title. Every further
 * non-blank line is a paragraph, so both "one paragraph per line" and blank-line-separated text work.
 */
public final class ArticleTextParser {

    private static final Pattern DATED_TITLE = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\s+(\\S.*)$");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    static final int MAX_TITLE_LENGTH = 2000;

    private ArticleTextParser() {
    }

    public static ParsedArticle parse(String text) {
        List<String> lines = nonBlankLines(text);
        if (lines.isEmpty()) {
            throw ArticleImportException.of("refusal.import.text-empty");
        }
        String first = lines.getFirst();
        LocalDate date = null;
        String title;
        Matcher dated = DATED_TITLE.matcher(first);
        if (dated.matches()) {
            date = parseDate(dated.group(1));
            title = dated.group(2).strip();
        } else {
            Matcher heading = MARKDOWN_HEADING.matcher(first);
            title = heading.matches() ? heading.group(1).strip() : first.strip();
        }
        if (title.length() > MAX_TITLE_LENGTH) {
            throw ArticleImportException.of("refusal.import.title-long", title.length(), MAX_TITLE_LENGTH);
        }
        List<String> paragraphs = lines.subList(1, lines.size());
        if (paragraphs.isEmpty()) {
            throw ArticleImportException.of("refusal.import.title-only");
        }
        return new ParsedArticle(title, date, paragraphs);
    }

    /**
     * Article lines a reader built with their inline codes: the first line is read as the title
     * line (as words only), every further line is one paragraph with its code table.
     */
    public static ParsedArticle parse(List<TaggedText> lines) {
        List<String> texts = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            texts.add(i == 0 ? lines.get(i).plainText() : lines.get(i).text());
        }
        ParsedArticle parsed = parse(String.join("\n", texts));
        if (parsed.paragraphs().size() != lines.size() - 1) {
            // a reader's line was not one paragraph (it never happens: readers drop blank lines); keep the words, not the codes
            return new ParsedArticle(parsed.title(), parsed.publishedOn(), lines.subList(1, lines.size()).stream()
                    .map(TaggedText::plainText).map(String::strip).filter(t -> !t.isEmpty()).toList());
        }
        List<List<InlineCode>> codes = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < parsed.paragraphs().size(); i++) {
            TaggedText line = lines.get(i + 1);
            String text = parsed.paragraphs().get(i);
            // the table is kept only when every code's placeholders survived the line clean-up
            boolean intact = line.hasCodes() && line.check(text).stream().noneMatch(TaggedText.TagProblem::isError);
            paragraphs.add(intact || !line.hasCodes() ? text : line.plainText(text));
            codes.add(intact ? line.codes() : List.of());
        }
        return new ParsedArticle(parsed.title(), parsed.publishedOn(), paragraphs, codes);
    }

    private static LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ArticleImportException.of("refusal.import.bad-date", value);
        }
    }

    private static List<String> nonBlankLines(String text) {
        List<String> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        for (String line : text.split("\\R")) {
            String cleaned = line.replace('\u00A0', ' ').strip();
            if (!cleaned.isEmpty()) {
                lines.add(cleaned.replaceAll("[ \\t]{2,}", " "));
            }
        }
        return lines;
    }
}

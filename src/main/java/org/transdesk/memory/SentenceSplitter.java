package org.transdesk.memory;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits paragraphs into sentences for any language. One splitter for the whole app, so the
 * sentence pairs the memory learns are cut exactly as the sentences the offline engine looks up.
 *
 * <p>Why java.text.BreakIterator: it ships with the JDK, follows the Unicode sentence-boundary
 * rules (UAX #29) for every script (full stops, "?", "!", "。", "…", closing quotes and brackets
 * after the stop), and does not split before a lower-case letter, so "ông H. đã" stays whole.
 * It needs no per-language model, which an offline, any-language summariser cannot ship.
 *
 * <p>Two repairs on top of it, both language-neutral:
 * <ul>
 *   <li>Initials and short capitalised abbreviations ("B.B. King", "Mr. Smith", "TP. Đà Nẵng")
 *       do not end a sentence. The price: a sentence that really ends in "U.S." is joined to the
 *       next one, which only makes one candidate sentence longer.</li>
 *   <li>A paragraph that starts with a lower-case letter continues the previous paragraph's last
 *       sentence. This mends hard-wrapped text and the one-sentence-per-line VietNews files,
 *       whose tokenizer sometimes broke a line after an initial ("ông Th .\nđưa cho ...").</li>
 * </ul>
 * Space-separated punctuation ("đồng . Sau") needs no special case: the break rules skip spaces.
 *
 * <p>Thread-safe: a BreakIterator is stateful, so each call takes its own instance.
 */
public final class SentenceSplitter {

    /** The last token of a fragment: "B.", "Mr.", "TP.", "B.B.", "U.S." (after an opening quote or bracket). */
    private static final Pattern ENDS_WITH_ABBREVIATION =
            Pattern.compile("(?:^|[\\s\\p{Ps}\\p{Pi}\"'])(?:\\p{Lu}\\p{L}?|(?:\\p{L}\\.)+\\p{L})\\.$");

    private SentenceSplitter() {
    }

    /** Sentences of the paragraphs in article order, trimmed, blanks dropped. */
    public static List<String> split(List<String> paragraphs, Locale language) {
        List<String> sentences = new ArrayList<>();
        for (String paragraph : paragraphs) {
            if (paragraph == null || paragraph.isBlank()) {
                continue;
            }
            List<String> own = splitParagraph(paragraph.strip(), language);
            if (!sentences.isEmpty() && startsLowerCase(own.getFirst())) {
                int last = sentences.size() - 1;
                sentences.set(last, sentences.get(last) + " " + own.removeFirst());
            }
            sentences.addAll(own);
        }
        return sentences;
    }

    private static List<String> splitParagraph(String paragraph, Locale language) {
        BreakIterator boundaries = BreakIterator.getSentenceInstance(language);
        boundaries.setText(paragraph);
        List<String> sentences = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
            pending.append(paragraph, start, end);
            String candidate = pending.toString().strip();
            boolean more = end < paragraph.length();
            if (more && ENDS_WITH_ABBREVIATION.matcher(candidate).find()) {
                continue;
            }
            if (!candidate.isEmpty()) {
                sentences.add(candidate);
            }
            pending.setLength(0);
        }
        return sentences;
    }

    private static boolean startsLowerCase(String sentence) {
        for (int i = 0; i < sentence.length(); ) {
            int codePoint = sentence.codePointAt(i);
            if (Character.isLetter(codePoint)) {
                return Character.isLowerCase(codePoint);
            }
            if (Character.isDigit(codePoint)) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return false;
    }
}

package org.transdesk.llm.internal.offline;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lower-cased Unicode word tokens: maximal runs of letters and digits (combining marks may
 * follow inside a word, e.g. Hindi or decomposed Vietnamese). Punctuation, symbols, apostrophes
 * and hyphens separate words, so "don't" gives "don", "t" and "COVID-19" gives "covid", "19".
 * Text is NFC-normalised first so a precomposed and a decomposed "ễ" are the same token.
 * Lower-casing uses Locale.ROOT so the result never depends on the JVM's default locale.
 */
final class WordTokenizer {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}]*");

    private WordTokenizer() {
    }

    static List<String> words(String text) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(normalised);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }
}

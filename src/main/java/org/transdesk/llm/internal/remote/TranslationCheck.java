package org.transdesk.llm.internal.remote;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.transdesk.inline.TaggedText;

/**
 * Checks one translated paragraph before it is accepted: present, non-empty, in the target's
 * script, not a copy of the source. Returns the problem in words for the editor, or empty when
 * the paragraph passes. Names, acronyms and numbers may stay in Latin script, so the script
 * test looks at the share of letters, not at every word.
 */
final class TranslationCheck {

    /** Letters only Vietnamese uses among Latin scripts (base letters and tone marks, NFC). */
    private static final Pattern VIETNAMESE = Pattern.compile(
            "[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private TranslationCheck() {
    }

    static Optional<String> problem(String source, String translation, String targetLanguage) {
        if (translation == null) {
            return Optional.of("missing from the model's answer");
        }
        String text = Normalizer.normalize(translation, Normalizer.Form.NFC).strip();
        if (text.isEmpty()) {
            return Optional.of("the model returned an empty paragraph");
        }
        if (words(source) >= 3 && squash(text).equals(squash(source))) {
            return Optional.of("the model copied the source instead of translating");
        }
        // a paragraph with formatting tags must get each back exactly once, well nested
        TaggedText tagged = TaggedText.inferred(source);
        if (tagged.hasCodes()) {
            Optional<String> tags = tagged.check(text).stream().filter(TaggedText.TagProblem::isError).findFirst()
                    .map(p -> "formatting tags broken: " + p.message());
            if (tags.isPresent()) {
                return tags;
            }
        }
        return wrongScript(text, targetLanguage);
    }

    static Optional<String> wrongScript(String text, String language) {
        int letters = 0;
        int cyrillic = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC) {
                    cyrillic++;
                }
            }
            i += Character.charCount(cp);
        }
        String lang = language.toLowerCase(Locale.ROOT);
        if (lang.startsWith("ru") && letters >= 8 && cyrillic * 2 < letters) {
            return Optional.of("not in Russian (too few Cyrillic letters)");
        }
        if (lang.startsWith("vi") && words(text) >= 4 && !VIETNAMESE.matcher(text).find()) {
            return Optional.of("not in Vietnamese (no Vietnamese diacritics)");
        }
        if (!lang.startsWith("ru") && letters >= 8 && cyrillic * 2 > letters) {
            return Optional.of("in Cyrillic script, expected " + language);
        }
        return Optional.empty();
    }

    private static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** Lower case, runs of spaces and punctuation as one space: two texts equal this way are the same text. */
    private static String squash(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean gap = false;
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || isPunctuation(cp)) {
                gap = true;
                continue;
            }
            if (gap && !out.isEmpty()) {
                out.append(' ');
            }
            gap = false;
            out.appendCodePoint(Character.toLowerCase(cp));
        }
        return out.toString();
    }

    /** Unicode category P, as {@code \p{P}} in a regular expression. */
    private static boolean isPunctuation(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}

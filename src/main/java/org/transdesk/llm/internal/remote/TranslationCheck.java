package org.transdesk.llm.internal.remote;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.transdesk.inline.TaggedText;
import org.transdesk.language.LanguageProfile;
import org.transdesk.language.LanguageProfiles;

/**
 * Checks one translated paragraph before it is accepted: present, non-empty, in the target's
 * script (from the target's language profile), not a copy of the source. Returns the problem in words for the editor, or empty when
 * the paragraph passes. Names, acronyms and numbers may stay in Latin script, so the script
 * test looks at the share of letters, not at every word.
 */
final class TranslationCheck {

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

    /**
     * Whether the answer is in the target language's script, as its profile says: Russian (and Chinese) mostly
     * in their own script; Vietnamese with its diacritics; no language but one written in Cyrillic answered in
     * Cyrillic.
     */
    static Optional<String> wrongScript(String text, String language) {
        LanguageProfile profile = LanguageProfiles.of(language);
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
        if (profile.requiresMostlyMainScript() && letters >= 8 && profile.mainScriptShare(text) < 0.5) {
            return Optional.of("not in " + profile.englishName() + " (too few " + scriptName(profile.mainScript())
                    + " letters)");
        }
        if (profile.hasWordMarks() && words(text) >= 4 && !hasMarkedWord(profile, text)) {
            return Optional.of("not in " + profile.englishName() + " (no " + profile.englishName() + " diacritics)");
        }
        if (profile.mainScript() != Character.UnicodeScript.CYRILLIC && letters >= 8 && cyrillic * 2 > letters) {
            return Optional.of("in Cyrillic script, expected " + language);
        }
        return Optional.empty();
    }

    private static boolean hasMarkedWord(LanguageProfile profile, String text) {
        for (String word : text.split("[^\\p{L}\\p{M}]+")) {
            if (!word.isEmpty() && profile.isMarkedWord(word)) {
                return true;
            }
        }
        return false;
    }

    private static String scriptName(Character.UnicodeScript script) {
        String n = script.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
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

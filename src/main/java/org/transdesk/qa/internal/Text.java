package org.transdesk.qa.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tokenising and normalising helpers shared by the checks. */
public final class Text {

    private Text() {
    }

    /** A word with its char span in the paragraph. */
    public record Tok(String text, int start, int end) {
        public String norm() {
            return Text.norm(text);
        }

        public boolean isCapitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }

        /** Two or more letters, all upper case (digits allowed): ASEAN, COVID-19, G20. */
        public boolean isAcronym() {
            return Text.isAcronym(text);
        }

        public boolean hasLetter() {
            return text.codePoints().anyMatch(Character::isLetter);
        }

        public boolean hasDigit() {
            return text.codePoints().anyMatch(Character::isDigit);
        }
    }

    /** Letters and digits, joined by inner apostrophes and hyphens: "don't", "COVID-19", "Юго-Восточной". */
    public static final Pattern WORD =
            Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’\\-‐][\\p{L}\\p{M}\\p{N}]+)*");

    public static List<Tok> words(String s) {
        List<Tok> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(new Tok(m.group(), m.start(), m.end()));
        }
        return out;
    }

    /** Words that contain at least one letter. */
    public static List<Tok> letterWords(String s) {
        return words(s).stream().filter(Tok::hasLetter).toList();
    }

    /** NFC, lower case, ё→е, typographic apostrophe → ASCII. */
    public static String norm(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return n.replace('ё', 'е').replace('’', '\'');
    }

    /** NFC only. */
    public static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    public static boolean isAcronym(String w) {
        int upper = 0;
        for (int i = 0; i < w.length(); ) {
            int cp = w.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                if (!Character.isUpperCase(cp)) {
                    return false;
                }
                upper++;
            }
        }
        return upper >= 2;
    }

    public static boolean isBlank(String s) {
        return s == null || s.strip().isEmpty();
    }

    /** Whitespace including no-break and zero-width spaces. */
    public static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\u200B' || cp == '\uFEFF';
    }

    /** Shortened for messages. */
    public static String excerpt(String s, int max) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }

    /** Quoted for messages. */
    public static String q(String s) {
        return "“" + excerpt(s, 60) + "”";
    }
}

package org.transdesk.qa.internal;

import java.util.ArrayList;
import java.util.List;
import org.transdesk.language.LanguageProfile;
import org.transdesk.language.LanguageProfiles;

/**
 * Comparable word forms: Russian words are reduced by the Russian profile's stemmer (Lucene's Snowball, so
 * "Сообщество", "Сообщества", "Сообществом" compare equal), everything else is only normalised.
 */
public final class Stems {

    private static final LanguageProfile RUSSIAN = LanguageProfiles.of("ru");

    private Stems() {
    }

    /** The English stem of one word as written: "partnerships" → "partnership", "Russia's" → "Russia". */
    public static String english(String word) {
        return LanguageProfiles.english().stem(word);
    }

    /** The Russian stem of one word, lower case, ё→е. */
    public static String russian(String word) {
        return RUSSIAN.stem(word);
    }

    /**
     * The comparable form of one word. Russian words are always compared case-insensitively by stem;
     * {@code caseSensitive} applies to other words.
     */
    public static String of(String word, boolean caseSensitive) {
        if (!hasCyrillic(word)) {
            return caseSensitive ? Text.nfc(word).replace('’', '\'') : Text.norm(word);
        }
        return RUSSIAN.stem(word);
    }

    public static boolean hasCyrillic(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.CYRILLIC) {
                return true;
            }
        }
        return false;
    }

    /** A word as written (normalised) and its stem. */
    public record Form(String word, String stem) {
    }

    public static Form form(String word, boolean caseSensitive) {
        String w = hasCyrillic(word) ? Text.norm(word) : caseSensitive ? Text.nfc(word) : Text.norm(word);
        return new Form(w, of(word, caseSensitive));
    }

    /**
     * Same word in another form: equal stems; or, for Russian, one stem a prefix (≥ 4 letters) of the other
     * ("полиц" / "полицейск"), or the words differing only in their last three letters ("Китай" / "Китая",
     * whose Snowball stems "кита" / "кит" differ).
     */
    public static boolean compatible(Form a, Form b) {
        if (a.stem().equals(b.stem())) {
            return true;
        }
        if (!hasCyrillic(a.word()) || !hasCyrillic(b.word())) {
            return false;
        }
        String shorter = a.stem().length() <= b.stem().length() ? a.stem() : b.stem();
        String longer = shorter == a.stem() ? b.stem() : a.stem();
        if (shorter.length() >= 4 && longer.startsWith(shorter)) {
            return true;
        }
        int common = 0;
        int max = Math.min(a.word().length(), b.word().length());
        while (common < max && a.word().charAt(common) == b.word().charAt(common)) {
            common++;
        }
        return common >= 3 && common >= Math.max(a.word().length(), b.word().length()) - 3;
    }

    /**
     * Where {@code phrase} occurs in {@code text} word by word, any inflection of Russian words accepted.
     *
     * @return char spans {start, end} in {@code text}
     */
    public static List<int[]> find(String text, String phrase, boolean caseSensitive) {
        List<Text.Tok> ph = Text.words(phrase);
        List<int[]> hits = new ArrayList<>();
        if (ph.isEmpty()) {
            return hits;
        }
        List<Form> want = ph.stream().map(t -> form(t.text(), caseSensitive)).toList();
        List<Text.Tok> tw = Text.words(text);
        List<Form> have = new ArrayList<>(tw.size());
        for (Text.Tok t : tw) {
            have.add(form(t.text(), caseSensitive));
        }
        outer:
        for (int i = 0; i + want.size() <= have.size(); i++) {
            for (int j = 0; j < want.size(); j++) {
                if (!compatible(want.get(j), have.get(i + j))) {
                    continue outer;
                }
            }
            hits.add(new int[] {tw.get(i).start(), tw.get(i + want.size() - 1).end()});
        }
        return hits;
    }
}

package org.transdesk.qa.internal;

import java.util.ArrayList;
import java.util.List;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Comparable word forms: Russian words are reduced by Lucene's Snowball Russian stemmer (so "Сообщество",
 * "Сообщества", "Сообществом" compare equal), everything else is only normalised.
 */
public final class Stems {

    /** Snowball stemmers keep state: one per thread. */
    private static final ThreadLocal<RussianStemmer> RUSSIAN = ThreadLocal.withInitial(RussianStemmer::new);

    private Stems() {
    }

    /**
     * The comparable form of one word. Russian words are always compared case-insensitively by stem;
     * {@code caseSensitive} applies to other words.
     */
    public static String of(String word, boolean caseSensitive) {
        if (!hasCyrillic(word)) {
            return caseSensitive ? Text.nfc(word).replace('’', '\'') : Text.norm(word);
        }
        RussianStemmer s = RUSSIAN.get();
        s.setCurrent(Text.norm(word));
        s.stem();
        return s.getCurrent();
    }

    static boolean hasCyrillic(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.CYRILLIC) {
                return true;
            }
        }
        return false;
    }

    /** Stems equal, or one a prefix (≥ 4 chars) of the other: "полиц" / "полицейск". */
    static boolean compatible(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (!hasCyrillic(a) || !hasCyrillic(b)) {
            return false;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= 4 && longer.startsWith(shorter);
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
        List<String> want = ph.stream().map(t -> of(t.text(), caseSensitive)).toList();
        List<Text.Tok> tw = Text.words(text);
        List<String> have = new ArrayList<>(tw.size());
        for (Text.Tok t : tw) {
            have.add(of(t.text(), caseSensitive));
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

package org.transdesk.qa.internal;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.transdesk.language.LanguageProfile;
import org.transdesk.language.LanguageProfiles;
import org.transdesk.base.Phrase;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.Severity;
import org.transdesk.qa.internal.Numbers.Kind;
import org.transdesk.qa.internal.Numbers.Mention;

/**
 * {@code cross-output}: the Vietnamese and Russian translations of the same source paragraph agree.
 * <ul>
 *   <li>ERROR (output-level): different paragraph counts;</li>
 *   <li>ERROR: a number, digit ordinal or month in one is not in the other in any form (one of the two
 *       translations has it wrong, or dropped it);</li>
 *   <li>WARNING: a Latin-script name or acronym kept in the Russian text (brands, original spellings) is not in
 *       the Vietnamese text, which keeps Latin names as well.</li>
 * </ul>
 * Findings name the output that has the item; their span is -1/-1 since it could be in either text.
 */
public final class CrossOutputCheck {

    private static final LanguageProfile VI = LanguageProfiles.of("vi");
    private static final LanguageProfile RU = LanguageProfiles.of("ru");

    public static final String ID = "cross-output";
    /** The two target languages this check compares, in its argument order. */
    public static final java.util.List<String> LANGUAGES = java.util.List.of(VI.code(), RU.code());

    public void check(List<String> vi, List<String> ru, List<QaFinding> out) {
        if (vi.size() != ru.size()) {
            out.add(QaFinding.of(ID, Severity.ERROR, Phrase.of("qa-finding.cross.paragraphs", vi.size(), ru.size()), -1));
        }
        for (int i = 0; i < Math.min(vi.size(), ru.size()); i++) {
            String v = vi.get(i);
            String r = ru.get(i);
            if (Text.isBlank(v) || Text.isBlank(r)) {
                continue;
            }
            List<Mention> vm = Numbers.find(VI, v);
            List<Mention> rm = Numbers.find(RU, r);
            Set<String> reported = new HashSet<>();
            compare(i, vm, rm, "Vietnamese", "Russian", reported, out);
            compare(i, rm, vm, "Russian", "Vietnamese", reported, out);
            latinNames(i, v, r, out);
        }
    }

    private static void compare(int i, List<Mention> have, List<Mention> other, String haveName, String otherName,
                                Set<String> reported, List<QaFinding> out) {
        Set<String> offered = new HashSet<>(Numbers.offered(other));
        offered.addAll(Numbers.offeredForeign(other));
        for (Mention m : have) {
            if (m.kind() == Kind.WORD || !m.required() || Numbers.matches(m, offered)) {
                continue;
            }
            if (!reported.add(m.exact().iterator().next())) {
                continue;
            }
            out.add(QaFinding.of(ID, Severity.ERROR,
                    Phrase.of("Vietnamese".equals(haveName) ? "qa-finding.cross.number.vi" : "qa-finding.cross.number.ru", m.surface()), i));
        }
    }

    private static void latinNames(int i, String vi, String ru, List<QaFinding> out) {
        Set<String> viWords = new HashSet<>();
        for (Text.Tok t : Text.words(vi)) {
            viWords.add(fold(t.text()));
            for (String part : t.text().split("[-‐'’]")) {
                viWords.add(fold(part));
            }
        }
        String folded = fold(vi);
        Set<String> reported = new HashSet<>();
        for (Text.Tok t : Text.letterWords(ru)) {
            String w = t.text();
            if (w.length() < 2 || !isLatin(w) || !(t.isCapitalised() || t.isAcronym())) {
                continue;
            }
            String f = fold(w);
            if (viWords.contains(f) || folded.contains(f) || !reported.add(f)) {
                continue;
            }
            out.add(QaFinding.of(ID, Severity.WARNING, Phrase.of("qa-finding.cross.name", w), i));
        }
    }

    private static boolean isLatin(String w) {
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isLetter(c) && UnicodeScript.of(c) != UnicodeScript.LATIN) {
                return false;
            }
        }
        return true;
    }

    /** Lower case without diacritics: "Medécines" = "medecines". */
    private static String fold(String s) {
        String d = Normalizer.normalize(Text.norm(s), Normalizer.Form.NFD);
        return d.replaceAll("\\p{M}+", "").replace('đ', 'd');
    }
}

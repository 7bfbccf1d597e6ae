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
 * {@code cross-output}: two translations of the same source paragraph (any two languages with a profile: vi and ru,
 * zh, fr, es ...) agree.
 * <ul>
 *   <li>ERROR (output-level): different paragraph counts;</li>
 *   <li>ERROR: a number, digit ordinal or month in one is not in the other in any form (one of the two
 *       translations has it wrong, or dropped it);</li>
 *   <li>WARNING: a Latin-script name or acronym kept in a text in another script (brands, original spellings in
 *       Russian or Chinese) is not in the other text when that one is written in Latin letters, and keeps Latin
 *       names as well.</li>
 * </ul>
 * Findings name the output that has the item; their span is -1/-1 since it could be in either text.
 */
public final class CrossOutputCheck {

    private static final LanguageProfile VI = LanguageProfiles.of("vi");
    private static final LanguageProfile RU = LanguageProfiles.of("ru");

    public static final String ID = "cross-output";
    /** The two target languages this check compared before any two could be (vi, ru): the command line's default pair. */
    public static final java.util.List<String> LANGUAGES = java.util.List.of(VI.code(), RU.code());

    public void check(List<String> vi, List<String> ru, List<QaFinding> out) {
        check(VI, vi, RU, ru, out);
    }

    /** Whether a pair of translations can be compared: both languages have a profile (number forms, script). */
    public static boolean comparable(String first, String second) {
        return !first.equals(second) && !LanguageProfiles.of(first).isGeneric() && !LanguageProfiles.of(second).isGeneric();
    }

    /** Compares {@code a} (in {@code langA}) with {@code b} (in {@code langB}), paragraph by paragraph. */
    public void check(LanguageProfile langA, List<String> a, LanguageProfile langB, List<String> b, List<QaFinding> out) {
        String nameA = FindingWords.language(langA);
        String nameB = FindingWords.language(langB);
        if (a.size() != b.size()) {
            out.add(QaFinding.of(ID, Severity.ERROR, Phrase.of("qa-finding.cross.paragraphs.pair", nameA, a.size(), nameB, b.size()), -1));
        }
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            String x = a.get(i);
            String y = b.get(i);
            if (Text.isBlank(x) || Text.isBlank(y)) {
                continue;
            }
            List<Mention> xm = Numbers.find(langA, x);
            List<Mention> ym = Numbers.find(langB, y);
            Decades dx = Decades.in(langA, x);
            Decades dy = Decades.in(langB, y);
            dx.years().addAll(romanNumerals(x));
            dy.years().addAll(romanNumerals(y));
            Set<String> reported = new HashSet<>();
            compare(i, xm, dx, ym, dy, nameA, nameB, reported, out);
            compare(i, ym, dy, xm, dx, nameB, nameA, reported, out);
            if (langA.mainScript() != UnicodeScript.LATIN && langB.mainScript() == UnicodeScript.LATIN) {
                latinNames(i, y, x, nameA, nameB, out);
            } else if (langB.mainScript() != UnicodeScript.LATIN && langA.mainScript() == UnicodeScript.LATIN) {
                latinNames(i, x, y, nameB, nameA, out);
            }
        }
    }

    /**
     * The decades a text writes by their century ("20 世纪 60 年代"): the years they stand for, offered to the other text,
     * and the century and decade numbers, which are not required of it on their own.
     */
    private record Decades(Set<String> years, Set<String> parts) {

        static Decades in(LanguageProfile lang, String text) {
            Set<String> years = new HashSet<>();
            Set<String> parts = new HashSet<>();
            if (lang.centuryDecade() != null) {
                var m = lang.centuryDecade().matcher(text);
                while (m.find()) {
                    int century = Integer.parseInt(m.group(1));
                    int decade = Integer.parseInt(m.group(2));
                    years.add(String.valueOf((century - 1) * 100 + decade));
                    parts.add(m.group(1));
                    parts.add(m.group(2));
                }
            }
            return new Decades(years, parts);
        }
    }

    private static void compare(int i, List<Mention> have, Decades haveDecades, List<Mention> other, Decades otherDecades,
                                String haveName, String otherName, Set<String> reported, List<QaFinding> out) {
        Set<String> offered = new HashSet<>(Numbers.offered(other));
        offered.addAll(Numbers.offeredForeign(other));
        offered.addAll(otherDecades.years());
        for (Mention m : have) {
            if (m.kind() == Kind.WORD || !m.required() || Numbers.matches(m, offered)
                    || m.exact().stream().anyMatch(haveDecades.parts()::contains) || otherClock(m, offered)) {
                continue;
            }
            if (!reported.add(m.exact().iterator().next())) {
                continue;
            }
            out.add(QaFinding.of(ID, Severity.ERROR, Phrase.of("qa-finding.cross.number.pair", haveName, m.surface(), otherName), i));
        }
    }

    /** Centuries and the like in Roman numerals ("XVe siècle", "XVI век"), as the other translation may write them in digits. */
    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("(?<![\\p{L}\\d])([IVXL]{1,6})(?=e\\b|er\\b|ème\\b|ème\\b|eme\\b|[\\s\\-–.,;:)]|$)");

    private static Set<String> romanNumerals(String text) {
        Set<String> values = new HashSet<>();
        var m = ROMAN.matcher(text);
        while (m.find()) {
            int value = roman(m.group(1));
            if (value > 0 && value < 40) {
                values.add(String.valueOf(value));
            }
        }
        return values;
    }

    /** The value of a well-formed Roman numeral up to L, or 0. */
    private static int roman(String numeral) {
        int total = 0;
        int previous = 0;
        for (int k = numeral.length() - 1; k >= 0; k--) {
            int v = switch (numeral.charAt(k)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                default -> 0;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return numeral.equals(toRoman(total)) ? total : 0;
    }

    private static String toRoman(int n) {
        StringBuilder out = new StringBuilder();
        int[] values = {50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"L", "XL", "X", "IX", "V", "IV", "I"};
        for (int k = 0; k < values.length; k++) {
            while (n >= values[k]) {
                out.append(symbols[k]);
                n -= values[k];
            }
        }
        return out.toString();
    }

    /**
     * An hour on the other clock: one translation writes "10 点 (evening)", the other "22 h 00" (FLORES zh↔fr), and the
     * minutes "00" of a 24-hour time have nothing to match. Not a disagreement about the news.
     */
    private static boolean otherClock(Mention m, Set<String> offered) {
        for (String exact : m.exact()) {
            if (exact.equals("00")) {
                return true;
            }
            if (exact.matches("\\d{1,2}")) {
                int h = Integer.parseInt(exact);
                if ((h >= 1 && h <= 11 && offered.contains(String.valueOf(h + 12))) || (h >= 13 && h <= 23 && offered.contains(String.valueOf(h - 12)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A Latin name kept in {@code other} (written in another script) that {@code latin} (written in Latin letters) lacks. */
    private static void latinNames(int i, String latin, String other, String otherName, String latinName, List<QaFinding> out) {
        Set<String> latinWords = new HashSet<>();
        for (Text.Tok t : Text.words(latin)) {
            latinWords.add(fold(t.text()));
            for (String part : t.text().split("[-‐'’]")) {
                latinWords.add(fold(part));
            }
        }
        String folded = fold(latin);
        Set<String> reported = new HashSet<>();
        for (Text.Tok t : Text.letterWords(other)) {
            String w = t.text();
            if (w.length() < 2 || !isLatin(w) || !(t.isCapitalised() || t.isAcronym())) {
                continue;
            }
            String f = fold(w);
            if (latinWords.contains(f) || folded.contains(f) || !reported.add(f)) {
                continue;
            }
            out.add(QaFinding.of(ID, Severity.WARNING, Phrase.of("qa-finding.cross.name.pair", otherName, w, latinName), i));
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

package org.transdesk.qa.internal;

import java.lang.Character.UnicodeScript;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.Severity;

/**
 * {@code script}: the target is not written in the script its language needs.
 * <ul>
 *   <li>ERROR (any language): a word mixes Latin and Cyrillic letters (look-alike letters such as Latin "a"
 *       in "мaшина" break search and spell-checking);</li>
 *   <li>Russian, ERROR: more ordinary Latin words than Cyrillic ones (names, acronyms, words with capitals or
 *       digits, URLs and e-mail addresses are allowed in Latin); WARNING: three or more ordinary Latin words in
 *       a row;</li>
 *   <li>Vietnamese, ERROR: Cyrillic letters the source does not have; ERROR: fewer than
 *       {@code vietnameseDiacriticMinShare} of its own (non-source) lower-case words carry Vietnamese letters
 *       or tone marks (text typed without diacritics, or not Vietnamese);</li>
 *   <li>WARNING: letters of another script (Greek, Han, Arabic …) that the source does not have.</li>
 * </ul>
 */
public final class ScriptCheck extends SegmentCheck {

    public static final String ID = "script";

    private static final java.util.regex.Pattern DOTTED = java.util.regex.Pattern.compile("\\p{L}\\.\\p{L}");

    @Override
    public String id() {
        return ID;
    }

    @Override
    protected void checkSegment(TranslationJob job, int i, String source, String target, List<QaFinding> out) {
        mixedScriptWords(i, target, out);
        Set<UnicodeScript> sourceScripts = scripts(source);
        switch (job.targetLang()) {
            case RU -> russian(i, target, out);
            case VI -> vietnamese(job, i, source, target, sourceScripts, out);
            default -> {
            }
        }
        Set<UnicodeScript> expected = switch (job.targetLang()) {
            case RU -> Set.of(UnicodeScript.CYRILLIC, UnicodeScript.LATIN);
            case VI, EN -> Set.of(UnicodeScript.LATIN);
            case OTHER -> null;
        };
        if (expected == null) {
            return;
        }
        for (int k = 0; k < target.length(); ) {
            int cp = target.codePointAt(k);
            int len = Character.charCount(cp);
            if (Character.isLetter(cp)) {
                UnicodeScript sc = UnicodeScript.of(cp);
                if (!expected.contains(sc) && !sourceScripts.contains(sc)
                        && !(sc == UnicodeScript.CYRILLIC && job.targetLang() == Lang.VI)) {
                    int end = k + len;
                    while (end < target.length() && Character.isLetter(target.codePointAt(end))
                            && UnicodeScript.of(target.codePointAt(end)) == sc) {
                        end += Character.charCount(target.codePointAt(end));
                    }
                    out.add(finding(Severity.WARNING, "Unexpected " + scriptName(sc) + " letters “"
                            + target.substring(k, end) + "” that are not in the source.", i, k, end));
                    return;
                }
            }
            k += len;
        }
    }

    private void mixedScriptWords(int i, String target, List<QaFinding> out) {
        for (Text.Tok t : Text.words(target)) {
            int offset = 0;
            for (String part : t.text().split("[-‐'’]")) {
                boolean lat = false;
                boolean cyr = false;
                for (int k = 0; k < part.length(); k++) {
                    UnicodeScript sc = UnicodeScript.of(part.charAt(k));
                    lat |= sc == UnicodeScript.LATIN;
                    cyr |= sc == UnicodeScript.CYRILLIC;
                }
                if (lat && cyr) {
                    int s = t.start() + offset;
                    out.add(finding(Severity.ERROR, "“" + part + "” mixes Latin and Cyrillic letters:"
                            + " retype it in one script.", i, s, s + part.length()));
                    return;
                }
                offset += part.length() + 1;
            }
        }
    }

    private void russian(int i, String target, List<QaFinding> out) {
        int cyrillic = 0;
        int latin = 0;
        int run = 0;
        int runStart = -1;
        int bestRun = 0;
        int bestStart = -1;
        int bestEnd = -1;
        for (Text.Tok t : Text.letterWords(target)) {
            if (Stems.hasCyrillic(t.text())) {
                cyrillic++;
                run = 0;
            } else if (isOrdinaryLatin(t, target)) {
                latin++;
                if (run++ == 0) {
                    runStart = t.start();
                }
                if (run > bestRun) {
                    bestRun = run;
                    bestStart = runStart;
                    bestEnd = t.end();
                }
            } else {
                run = 0;
            }
        }
        if (latin >= 3 && latin > cyrillic) {
            out.add(finding(Severity.ERROR, "Mostly Latin-script words (" + latin + " Latin, " + cyrillic
                    + " Cyrillic): the paragraph is not in Russian.", i, 0, target.length()));
        } else if (bestRun >= 3) {
            out.add(finding(Severity.WARNING, "Latin-script words in Russian text: "
                    + Text.q(target.substring(bestStart, bestEnd)) + " — translate or mark as a title.",
                    i, bestStart, bestEnd));
        }
    }

    private void vietnamese(TranslationJob job, int i, String source, String target,
                            Set<UnicodeScript> sourceScripts, List<QaFinding> out) {
        if (!sourceScripts.contains(UnicodeScript.CYRILLIC)) {
            for (Text.Tok t : Text.letterWords(target)) {
                if (Stems.hasCyrillic(t.text())) {
                    out.add(finding(Severity.ERROR, "Cyrillic word “" + t.text() + "” in Vietnamese text.", i,
                            t.start(), t.end()));
                    return;
                }
            }
        }
        Set<String> sourceWords = new HashSet<>();
        for (Text.Tok t : Text.letterWords(source)) {
            sourceWords.add(t.norm());
        }
        int own = 0;
        int marked = 0;
        for (Text.Tok t : Text.letterWords(target)) {
            if (t.isCapitalised() || t.hasDigit() || sourceWords.contains(t.norm()) || !isLatinWord(t.text())
                    || isAddressLike(t, target)) {
                continue;
            }
            own++;
            if (hasVietnameseMark(t.text())) {
                marked++;
            }
        }
        if (own >= 6 && marked < job.settings().vietnameseDiacriticMinShare() * own) {
            out.add(finding(Severity.ERROR, "Only " + marked + " of " + own + " words carry Vietnamese diacritics:"
                    + " retype with diacritics (or the text is not Vietnamese).", i, 0, target.length()));
        }
    }

    /** A lower-case Latin word that is not a name, acronym, code, URL or address. */
    private static boolean isOrdinaryLatin(Text.Tok t, String text) {
        String w = t.text();
        if (!isLatinWord(w) || t.hasDigit()) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if (Character.isUpperCase(w.charAt(k))) {
                return false;
            }
        }
        return !isAddressLike(t, text);
    }

    private static boolean isLatinWord(String w) {
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isLetter(c) && UnicodeScript.of(c) != UnicodeScript.LATIN) {
                return false;
            }
        }
        return true;
    }

    /** Part of a URL, e-mail address, hashtag or handle: www.example.com, #tag, @user. */
    private static boolean isAddressLike(Text.Tok t, String text) {
        int a = t.start();
        while (a > 0 && !Text.isSpace(text.charAt(a - 1))) {
            a--;
        }
        int b = t.end();
        while (b < text.length() && !Text.isSpace(text.charAt(b))) {
            b++;
        }
        String chunk = text.substring(a, b);
        return chunk.contains("/") || chunk.contains("@") || chunk.startsWith("#") || chunk.contains("_")
                || DOTTED.matcher(chunk).find();
    }

    /** Vietnamese-specific letters (đ ă â ê ô ơ ư) or any tone mark. */
    static boolean hasVietnameseMark(String w) {
        String d = java.text.Normalizer.normalize(w.toLowerCase(), java.text.Normalizer.Form.NFD);
        for (int k = 0; k < d.length(); k++) {
            char c = d.charAt(k);
            if (c == 'đ' || (c >= '\u0300' && c <= '\u036F')) {
                return true;
            }
        }
        return false;
    }

    private static Set<UnicodeScript> scripts(String s) {
        Set<UnicodeScript> out = new HashSet<>();
        for (int k = 0; k < s.length(); ) {
            int cp = s.codePointAt(k);
            if (Character.isLetter(cp)) {
                out.add(UnicodeScript.of(cp));
            }
            k += Character.charCount(cp);
        }
        return out;
    }

    private static String scriptName(UnicodeScript sc) {
        String n = sc.name().toLowerCase();
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}

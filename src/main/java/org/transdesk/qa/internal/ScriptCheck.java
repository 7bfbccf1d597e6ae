package org.transdesk.qa.internal;

import java.lang.Character.UnicodeScript;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.transdesk.language.LanguageProfile;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.Severity;

/**
 * {@code script}: the target is not written in the script its language needs (the scripts come from the target's
 * {@code LanguageProfile}).
 * <ul>
 *   <li>ERROR (any language): a word mixes Latin and Cyrillic letters (look-alike letters such as Latin "a"
 *       in "мaшина" break search and spell-checking);</li>
 *   <li>Russian (and Chinese, any profile that requires its main script), ERROR: more ordinary Latin words than Cyrillic ones (names, acronyms, words with capitals or
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
        LanguageProfile lang = job.targetProfile();
        mixedScriptWords(i, target, out);
        Set<UnicodeScript> sourceScripts = scripts(source);
        if (lang.requiresMostlyMainScript()) {
            mostlyMainScript(lang, i, target, out);
        }
        if (!lang.forbiddenScripts().isEmpty() || lang.hasWordMarks()) {
            markedWords(job, lang, i, source, target, sourceScripts, out);
        }
        Set<UnicodeScript> expected = lang.expectedScripts();
        if (expected.isEmpty()) {
            return;
        }
        for (int k = 0; k < target.length(); ) {
            int cp = target.codePointAt(k);
            int len = Character.charCount(cp);
            if (Character.isLetter(cp)) {
                UnicodeScript sc = UnicodeScript.of(cp);
                if (!expected.contains(sc) && !sourceScripts.contains(sc) && !lang.forbiddenScripts().contains(sc)) {
                    int end = k + len;
                    while (end < target.length() && Character.isLetter(target.codePointAt(end))
                            && UnicodeScript.of(target.codePointAt(end)) == sc) {
                        end += Character.charCount(target.codePointAt(end));
                    }
                    out.add(finding(Severity.WARNING, i, k, end, "qa-finding.script.unexpected", FindingWords.script(sc), target.substring(k, end)));
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
                    out.add(finding(Severity.ERROR, i, s, s + part.length(), "qa-finding.script.mixed", part));
                    return;
                }
                offset += part.length() + 1;
            }
        }
    }

    /**
     * Russian, Chinese: the paragraph's ordinary words are mostly in the main script. Words are counted as the
     * language separates them (Chinese by dictionary).
     */
    private void mostlyMainScript(LanguageProfile lang, int i, String target, List<QaFinding> out) {
        UnicodeScript main = lang.mainScript();
        int own = 0;
        int latin = 0;
        int run = 0;
        int runStart = -1;
        int bestRun = 0;
        int bestStart = -1;
        int bestEnd = -1;
        for (Text.Tok t : Text.letterWords(target)) {
            if (hasScript(t.text(), main)) {
                own++;
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
        if (!lang.spaceSeparated()) {
            own = (int) lang.words(target).stream().filter(w -> hasScript(w.text(), main)).count();
        }
        if (latin >= 3 && latin > own) {
            out.add(finding(Severity.ERROR, i, 0, target.length(), "qa-finding.script.mostly-latin", latin, own, FindingWords.script(main),
                    FindingWords.language(lang)));
        } else if (bestRun >= 3) {
            out.add(finding(Severity.WARNING, i, bestStart, bestEnd, "qa-finding.script.latin-words", FindingWords.language(lang),
                    Text.q(target.substring(bestStart, bestEnd))));
        }
    }

    /**
     * Vietnamese: letters of a forbidden script (Cyrillic) the source does not have; else too few of the
     * language's own words carry its marks (diacritics).
     */
    private void markedWords(TranslationJob job, LanguageProfile lang, int i, String source, String target,
                             Set<UnicodeScript> sourceScripts, List<QaFinding> out) {
        for (UnicodeScript forbidden : lang.forbiddenScripts()) {
            if (sourceScripts.contains(forbidden)) {
                continue;
            }
            for (Text.Tok t : Text.letterWords(target)) {
                if (hasScript(t.text(), forbidden)) {
                    out.add(finding(Severity.ERROR, i, t.start(), t.end(), "qa-finding.script.forbidden", FindingWords.script(forbidden), t.text(),
                            FindingWords.language(lang)));
                    return;
                }
            }
        }
        if (!lang.hasWordMarks()) {
            return;
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
            if (lang.isMarkedWord(t.text())) {
                marked++;
            }
        }
        if (own >= 6 && marked < job.settings().vietnameseDiacriticMinShare() * own) {
            out.add(finding(Severity.ERROR, i, 0, target.length(), "qa-finding.script.diacritics", marked, own, FindingWords.language(lang)));
        }
    }

    private static boolean hasScript(String s, UnicodeScript script) {
        for (int k = 0; k < s.length(); ) {
            int cp = s.codePointAt(k);
            if (UnicodeScript.of(cp) == script) {
                return true;
            }
            k += Character.charCount(cp);
        }
        return false;
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

}

package org.transdesk.qa;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.transdesk.qa.internal.EnglishLexicon;

/**
 * Plants one known error into a human translation, the way drafts go wrong: a name dropped, a number changed,
 * a sentence dropped, a sentence left in English, the text in the wrong script, a glossary term replaced.
 * Each planter works from the text alone (no QA code), so what it plants does not depend on what the checks
 * look for. Rows come from the shared FLORES/WMT files; paragraphs of three consecutive rows (FLORES and WMT
 * rows are consecutive sentences of one article) stand in for multi-sentence news paragraphs.
 */
final class PlantedErrors {

    enum Kind {
        NAME_DROPPED("name dropped"),
        NUMBER_CHANGED("number changed"),
        SENTENCE_DROPPED("sentence dropped"),
        LEFT_IN_ENGLISH("sentence left in English"),
        WRONG_SCRIPT("wrong script"),
        GLOSSARY_REPLACED("glossary term replaced");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** One planted case: the source, the human translation, and the translation with the error in it. */
    record Case(Kind kind, String set, String lang, int row, String source, String original, String planted,
                String what) {
    }

    /** Paragraphs made of this many consecutive rows. */
    static final int PARAGRAPH_ROWS = 3;

    private static final Set<String> NOT_NAMES = Set.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", "The", "This", "That", "These", "Those", "It", "He", "She",
            "They", "We", "You", "In", "On", "At", "For", "But", "And", "Mr", "Mrs", "Ms", "Dr");
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}'’-])\\p{Lu}\\p{Ll}{2,}(?![\\p{L}\\p{N}])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    /** A word with its hyphenated parts: «Лос-Анджелес», "Buffalo-Pittsburgh". */
    private static final Pattern COMPOUND = Pattern.compile("[\\p{L}\\p{M}]+(?:[-‐][\\p{L}\\p{M}]+)*");
    private static final Pattern INTEGER = Pattern.compile("(?<![\\d.,:/-])\\d{1,4}(?![\\d.,:/]\\d|\\d)");
    private static final Transliterator ROMANISE = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    private static final Transliterator RUSSIAN_LATIN = Transliterator.getInstance("Russian-Latin/BGN");

    /** Unapproved but plausible renderings of the test glossary's terms (old names, synonyms, wrong countries). */
    static final Map<String, Map<String, String>> WRONG_RENDERINGS = Map.of(
            "Russia", Map.of("vi", "Liên Xô", "ru", "СССР"),
            "China", Map.of("vi", "Trung Hoa", "ru", "Поднебесная"),
            "Japan", Map.of("vi", "xứ Phù Tang", "ru", "Страна восходящего солнца"),
            "Germany", Map.of("vi", "Phổ", "ru", "Пруссия"),
            "France", Map.of("vi", "Lang Sa", "ru", "Галлия"),
            "police", Map.of("vi", "công an", "ru", "милиция"));

    private PlantedErrors() {
    }

    /** Up to {@code perKind} cases of each kind from one data set, chosen with {@code seed}. */
    static List<Case> plant(String set, String lang, List<String> src, List<String> tgt, List<GlossaryEntry> glossary,
                            int perKind, long seed) {
        List<Case> out = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            Random rnd = new Random(seed * 31 + kind.ordinal());
            List<Integer> starts = new ArrayList<>();
            boolean paragraphs = kind == Kind.SENTENCE_DROPPED || kind == Kind.LEFT_IN_ENGLISH;
            for (int i = 0; i + (paragraphs ? PARAGRAPH_ROWS : 1) <= src.size(); i += paragraphs ? PARAGRAPH_ROWS : 1) {
                starts.add(i);
            }
            Collections.shuffle(starts, rnd);
            int made = 0;
            for (int i : starts) {
                if (made == perKind) {
                    break;
                }
                Case c = switch (kind) {
                    case NAME_DROPPED -> dropName(set, lang, i, src.get(i), tgt.get(i), rnd);
                    case NUMBER_CHANGED -> changeNumber(set, lang, i, src.get(i), tgt.get(i), rnd);
                    case SENTENCE_DROPPED -> dropSentence(set, lang, i, src, tgt, rnd);
                    case LEFT_IN_ENGLISH -> leaveInEnglish(set, lang, i, src, tgt, rnd);
                    case WRONG_SCRIPT -> wrongScript(set, lang, i, src.get(i), tgt.get(i));
                    case GLOSSARY_REPLACED -> replaceTerm(set, lang, i, src.get(i), tgt.get(i), glossary);
                };
                if (c != null) {
                    out.add(c);
                    made++;
                }
            }
        }
        return out;
    }

    /** The whole paragraph of {@link #PARAGRAPH_ROWS} rows from {@code start}. */
    static String paragraph(List<String> rows, int start) {
        return String.join(" ", rows.subList(start, start + PARAGRAPH_ROWS));
    }

    // ------------------------------------------------------------------ names

    /**
     * A proper name of the source — a capitalised word, not sentence-initial, that the English dictionary
     * (LanguageTool's, as a plain word list: no QA logic) knows only as a proper noun or not at all, and not as
     * an adjective or a people ("Swedish", "Americans") — found in the target as written, or for Cyrillic as a
     * word whose romanisation starts the same, is deleted there with the run of capitalised words around it
     * ("Bob Dylan", "Бобом Диланом").
     */
    private static Case dropName(String set, String lang, int row, String source, String target, Random rnd) {
        List<String> names = new ArrayList<>();
        Matcher m = CAPITALISED.matcher(source);
        while (m.find()) {
            if (!NOT_NAMES.contains(m.group()) && !sentenceInitial(source, m.start()) && !names.contains(m.group())
                    && isProperName(m.group())) {
                names.add(m.group());
            }
        }
        Collections.shuffle(names, rnd);
        for (String name : names) {
            List<int[]> spans = locate(name, target);
            if (spans.isEmpty()) {
                continue;
            }
            StringBuilder sb = new StringBuilder(target);
            for (int k = spans.size() - 1; k >= 0; k--) {
                int[] s = widenToRun(target, spans.get(k));
                sb.delete(s[0], s[1]);
            }
            String planted = tidy(sb.toString());
            if (!planted.equals(target) && !planted.isBlank()) {
                return new Case(Kind.NAME_DROPPED, set, lang, row, source, target, planted, "dropped " + name);
            }
        }
        return null;
    }

    private static boolean isProperName(String word) {
        List<String> tags = EnglishLexicon.tags(word);
        return EnglishLexicon.tags(word.toLowerCase(Locale.ROOT)).isEmpty()
                && tags.stream().noneMatch(t -> t.startsWith("JJ") || t.equals("NNPS"));
    }

    private static List<int[]> locate(String name, String target) {
        List<int[]> spans = new ArrayList<>();
        String want = name.toLowerCase(Locale.ROOT);
        Matcher w = WORD.matcher(target);
        while (w.find()) {
            String word = w.group();
            if (!Character.isUpperCase(word.codePointAt(0))) {
                continue;
            }
            if (word.equals(name) || (isCyrillic(word) && romanStartsLike(ROMANISE.transliterate(word)
                    .toLowerCase(Locale.ROOT), want))) {
                spans.add(new int[] {w.start(), w.end()});
            }
        }
        return spans;
    }

    /** Same first letter and at most one edit in every four letters over the name's length. */
    private static boolean romanStartsLike(String roman, String name) {
        if (roman.isEmpty() || roman.charAt(0) != name.charAt(0) || roman.length() < name.length() - 1) {
            return false;
        }
        String prefix = roman.substring(0, Math.min(roman.length(), name.length()));
        return levenshtein(prefix, name) <= name.length() / 4;
    }

    /**
     * The run of capitalised words around a name found in the target, each word whole: a hyphenated compound is one
     * word («Лос-Анджелес», «Марию-Антуаннету», "Mission-Bay"), so that dropping "Los" or "Marie" deletes the
     * compound and leaves no fragment ("-Анджелес") that still carries the rest of the name.
     */
    private static int[] widenToRun(String text, int[] found) {
        Matcher c = COMPOUND.matcher(text);
        int[] span = found;
        while (c.find()) {
            if (c.start() <= found[0] && found[1] <= c.end()) {
                span = new int[] {c.start(), c.end()};
                break;
            }
        }
        int start = span[0];
        int end = span[1];
        Matcher w = COMPOUND.matcher(text);
        List<int[]> words = new ArrayList<>();
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        int at = 0;
        while (at < words.size() && words.get(at)[0] != start) {
            at++;
        }
        for (int k = at - 1; k >= 0; k--) {
            int[] prev = words.get(k);
            if (!joined(text, prev, start) || !Character.isUpperCase(text.codePointAt(prev[0]))
                    || sentenceInitial(text, prev[0]) && !isInitial(text, prev)) {
                break;
            }
            start = prev[0];
        }
        for (int k = at + 1; k < words.size(); k++) {
            int[] next = words.get(k);
            if (!joined(text, words.get(k - 1), next[0]) || !Character.isUpperCase(text.codePointAt(next[0]))) {
                break;
            }
            end = next[1];
        }
        return new int[] {start, end};
    }

    /** Only spaces between a word and the next, or an initial's full stop: "George W. Bush", «Г. А. Агбадуа». */
    private static boolean joined(String text, int[] word, int next) {
        String gap = text.substring(word[1], next);
        return !gap.isEmpty() && gap.isBlank()
                || isInitial(text, word) && gap.startsWith(".") && gap.length() > 1 && gap.substring(1).isBlank();
    }

    /** A capital letter with a full stop: "W.", «Д.» (not the preposition «В» that starts a sentence). */
    private static boolean isInitial(String text, int[] word) {
        return word[1] - word[0] == 1 && Character.isUpperCase(text.codePointAt(word[0])) && word[1] < text.length()
                && text.charAt(word[1]) == '.';
    }

    // ------------------------------------------------------------------ numbers

    /** A number of the source (1–4 digits) that the target writes the same way is changed there. */
    private static Case changeNumber(String set, String lang, int row, String source, String target, Random rnd) {
        List<String> numbers = new ArrayList<>();
        Matcher m = INTEGER.matcher(source);
        while (m.find()) {
            numbers.add(m.group());
        }
        Collections.shuffle(numbers, rnd);
        for (String n : numbers) {
            Matcher t = Pattern.compile("(?<![\\d.,:/-])" + n + "(?![\\d.,:/]\\d|\\d)").matcher(target);
            if (!t.find()) {
                continue;
            }
            int last = n.charAt(n.length() - 1) - '0';
            int changed = (last + 1 + rnd.nextInt(8)) % 10;
            String replacement = n.substring(0, n.length() - 1) + changed;
            if (source.contains(replacement) || replacement.equals("0")) {
                continue;
            }
            String planted = target.substring(0, t.start()) + replacement + target.substring(t.end());
            return new Case(Kind.NUMBER_CHANGED, set, lang, row, source, target, planted, n + " → " + replacement);
        }
        return null;
    }

    // ------------------------------------------------------------------ sentences

    /** One of three sentences of a paragraph is missing from its translation. */
    private static Case dropSentence(String set, String lang, int start, List<String> src, List<String> tgt,
                                     Random rnd) {
        int drop = rnd.nextInt(PARAGRAPH_ROWS);
        List<String> kept = new ArrayList<>(tgt.subList(start, start + PARAGRAPH_ROWS));
        kept.remove(drop);
        return new Case(Kind.SENTENCE_DROPPED, set, lang, start, paragraph(src, start), paragraph(tgt, start),
                String.join(" ", kept), "dropped sentence " + (drop + 1) + " of " + PARAGRAPH_ROWS);
    }

    /** One of three sentences of a paragraph is the English source sentence. */
    private static Case leaveInEnglish(String set, String lang, int start, List<String> src, List<String> tgt,
                                       Random rnd) {
        int keep = rnd.nextInt(PARAGRAPH_ROWS);
        List<String> rows = new ArrayList<>(tgt.subList(start, start + PARAGRAPH_ROWS));
        rows.set(keep, src.get(start + keep));
        return new Case(Kind.LEFT_IN_ENGLISH, set, lang, start, paragraph(src, start), paragraph(tgt, start),
                String.join(" ", rows), "sentence " + (keep + 1) + " of " + PARAGRAPH_ROWS + " in English");
    }

    // ------------------------------------------------------------------ script

    /** Russian romanised (BGN/PCGN), Vietnamese typed without its diacritics. */
    private static Case wrongScript(String set, String lang, int row, String source, String target) {
        String planted = lang.equals("ru") ? RUSSIAN_LATIN.transliterate(target) : stripDiacritics(target);
        if (planted.equals(target) || WORD.matcher(target).results().count() < 6) {
            return null;
        }
        return new Case(Kind.WRONG_SCRIPT, set, lang, row, source, target, planted,
                lang.equals("ru") ? "romanised" : "diacritics stripped");
    }

    static String stripDiacritics(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return Normalizer.normalize(d.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFC);
    }

    // ------------------------------------------------------------------ glossary

    /** A glossary term of the source whose approved rendering the target uses is rendered another way. */
    private static Case replaceTerm(String set, String lang, int row, String source, String target,
                                    List<GlossaryEntry> glossary) {
        for (GlossaryEntry e : glossary) {
            String rendering = e.renderings().get(lang);
            Map<String, String> wrong = WRONG_RENDERINGS.get(e.term());
            if (rendering == null || wrong == null
                    || !Pattern.compile("\\b" + Pattern.quote(e.term()) + "\\b").matcher(source).find()) {
                continue;
            }
            // the rendering's stem, so that inflected forms ("Китая", "России") are replaced too
            String stem = lang.equals("ru") ? WordStems.russian(rendering) : rendering;
            Matcher t = Pattern.compile("(?iu)(?<![\\p{L}])" + Pattern.quote(stem) + "[\\p{L}]*").matcher(target);
            if (!t.find()) {
                continue;
            }
            String planted = t.replaceAll(Matcher.quoteReplacement(wrong.get(lang)));
            return new Case(Kind.GLOSSARY_REPLACED, set, lang, row, source, target, planted,
                    rendering + " → " + wrong.get(lang));
        }
        return null;
    }

    // ------------------------------------------------------------------ helpers

    private static boolean sentenceInitial(String text, int at) {
        int k = at - 1;
        while (k >= 0 && (Character.isWhitespace(text.charAt(k)) || "\"'“‘«(„".indexOf(text.charAt(k)) >= 0)) {
            k--;
        }
        return k < 0 || ".!?…:;—–-".indexOf(text.charAt(k)) >= 0;
    }

    private static boolean isCyrillic(String w) {
        return w.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    private static String tidy(String s) {
        return s.replaceAll("[ \\u00A0]{2,}", " ").replaceAll(" ([,.;:!?)»])", "$1").replaceAll("\\( ?\\)", "")
                .replaceAll("[ \\u00A0]{2,}", " ").strip();
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

package org.transdesk.memory.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.transdesk.memory.GlossaryHit;
import org.transdesk.memory.GlossaryTerm;
import org.transdesk.language.LanguageProfile;
import org.transdesk.language.LanguageProfiles;
import org.transdesk.qa.WordStems;

/**
 * One version of a glossary, analysed once for inflection-aware lookups: each term is a sequence of word
 * keys, and a text matches where consecutive words have the same keys (with the same punctuation between
 * them). Words are stemmed by the language profiles' stemmers (Cyrillic words: the Russian profile's Snowball;
 * Latin words: the source language's profile — English possessive and plural only, French and Spanish Lucene's
 * light stemmers; a language without a stemmer only drops "'s"), except acronyms
 * (ASEAN, UN, ООН), which must appear as written, possibly with a possessive ("ASEAN's"). Case-sensitive
 * terms keep their case; case-insensitive ones match in any case. Derived words are different terms:
 * "Russian" and «российский» are not hits for "Russia" and «Россия».
 */
public final class GlossaryMatcher {

    /** Letters and digits, joined by inner apostrophes only, so that "ASEAN-led" holds the word "ASEAN". */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’][\\p{L}\\p{M}\\p{N}]+)*");

    private enum Mode { ACRONYM_CASED, ACRONYM_CASELESS, STEM_CASED, STEM_CASELESS }

    /** A term as word keys; {@code rank} orders longer terms first. */
    private record Entry(GlossaryTerm term, int rank, Mode[] modes, String[] keys, String[] gaps) {
    }

    private record Found(GlossaryTerm term, int rank, int start, int end) {
    }

    private final List<GlossaryTerm> terms;
    private final LanguageProfile source;
    /** Entries by the mode and key of their first word. */
    private final Map<Mode, Map<String, List<Entry>>> byFirstWord = new EnumMap<>(Mode.class);
    /** Terms without a single word ("&"): matched literally, as before stemming. */
    private final List<Entry> literal = new ArrayList<>();

    private GlossaryMatcher(List<GlossaryTerm> terms, String sourceLang) {
        this.terms = List.copyOf(terms);
        this.source = LanguageProfiles.of(sourceLang);
        List<GlossaryTerm> longestFirst = new ArrayList<>(terms);
        longestFirst.sort(Comparator.comparingInt((GlossaryTerm t) -> t.term().length()).reversed());
        for (int rank = 0; rank < longestFirst.size(); rank++) {
            add(longestFirst.get(rank), rank);
        }
    }

    public static GlossaryMatcher of(List<GlossaryTerm> terms, String sourceLang) {
        return new GlossaryMatcher(terms, sourceLang);
    }

    /** Whether this was analysed from exactly these terms: a cache's test for a changed glossary. */
    public boolean isFor(List<GlossaryTerm> current) {
        return terms == current || terms.equals(current);
    }

    private void add(GlossaryTerm term, int rank) {
        List<Word> words = words(term.term());
        if (words.isEmpty()) {
            literal.add(new Entry(term, rank, new Mode[0], new String[0], new String[0]));
            return;
        }
        Mode[] modes = new Mode[words.size()];
        String[] keys = new String[words.size()];
        String[] gaps = new String[words.size()];
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            boolean acronym = WordStems.isAcronym(w.text);
            modes[i] = acronym ? (term.caseSensitive() ? Mode.ACRONYM_CASED : Mode.ACRONYM_CASELESS)
                    : (term.caseSensitive() ? Mode.STEM_CASED : Mode.STEM_CASELESS);
            keys[i] = w.key(modes[i], source);
            gaps[i] = i == 0 ? "" : gap(term.term(), words.get(i - 1).end, w.start);
        }
        Entry entry = new Entry(term, rank, modes, keys, gaps);
        byFirstWord.computeIfAbsent(modes[0], m -> new HashMap<>()).computeIfAbsent(keys[0], k -> new ArrayList<>()).add(entry);
    }

    /** Terms in the text, longest first where they overlap, sorted by position. */
    public List<GlossaryHit> find(String text) {
        List<Found> found = new ArrayList<>();
        List<Word> words = words(text);
        for (int i = 0; i < words.size(); i++) {
            for (var byKey : byFirstWord.entrySet()) {
                for (Entry e : byKey.getValue().getOrDefault(words.get(i).key(byKey.getKey(), source), List.of())) {
                    if (matchesAt(e, words, i, text)) {
                        found.add(new Found(e.term, e.rank, words.get(i).start, words.get(i + e.keys.length - 1).end));
                    }
                }
            }
        }
        for (Entry e : literal) {
            int flags = e.term.caseSensitive() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            Matcher m = Pattern.compile(Pattern.quote(e.term.term()), flags).matcher(text);
            while (m.find()) {
                found.add(new Found(e.term, e.rank, m.start(), m.end()));
            }
        }
        found.sort(Comparator.comparingInt(Found::rank).thenComparingInt(Found::start));
        boolean[] taken = new boolean[text.length()];
        List<GlossaryHit> hits = new ArrayList<>();
        for (Found f : found) {
            if (!overlaps(taken, f.start, f.end)) {
                Arrays.fill(taken, f.start, f.end, true);
                hits.add(new GlossaryHit(f.term, f.start, f.end));
            }
        }
        hits.sort(Comparator.comparingInt(GlossaryHit::start));
        return hits;
    }

    private boolean matchesAt(Entry e, List<Word> words, int first, String text) {
        if (first + e.keys.length > words.size()) {
            return false;
        }
        for (int j = 1; j < e.keys.length; j++) {
            Word w = words.get(first + j);
            if (!w.key(e.modes[j], source).equals(e.keys[j])
                    || !gap(text, words.get(first + j - 1).end, w.start).equals(e.gaps[j])) {
                return false;
            }
        }
        return true;
    }

    /** What separates two words, whitespace ignored: "" for a space, "-" in "ASEAN-led". */
    private static String gap(String s, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean overlaps(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static List<Word> words(String s) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(new Word(m.group(), m.start(), m.end()));
        }
        return out;
    }

    private static final LanguageProfile RUSSIAN = LanguageProfiles.of("ru");

    private static boolean isCyrillic(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.UnicodeScript.of(w.charAt(i)) == Character.UnicodeScript.CYRILLIC) {
                return true;
            }
        }
        return false;
    }

    /** A word with its span and its keys, each computed when first asked for. */
    private static final class Word {
        final String text;
        final int start;
        final int end;
        private final String[] keys = new String[Mode.values().length];

        Word(String text, int start, int end) {
            this.text = Normalizer.normalize(text, Normalizer.Form.NFC);
            this.start = start;
            this.end = end;
        }

        String key(Mode mode, LanguageProfile source) {
            String k = keys[mode.ordinal()];
            if (k == null) {
                k = switch (mode) {
                    case ACRONYM_CASED -> withoutPossessive(text);
                    case ACRONYM_CASELESS -> lower(withoutPossessive(text));
                    case STEM_CASED -> casedStem(text, source);
                    case STEM_CASELESS -> stem(lower(text), source);
                };
                keys[mode.ordinal()] = k;
            }
            return k;
        }

        /** Cyrillic words by the Russian stemmer; Latin words by the source language's, when it has one for Latin script. */
        private static String stem(String w, LanguageProfile source) {
            if (isCyrillic(w)) {
                return RUSSIAN.stem(w);
            }
            return stemsLatin(source) ? source.stem(w) : withoutPossessive(w);
        }

        private static boolean stemsLatin(LanguageProfile source) {
            return source.hasStemmer() && source.mainScript() == Character.UnicodeScript.LATIN;
        }

        /**
         * The stem with the word's own case: «России» → «Росс», where the Russian (French, Spanish) stemmer
         * lower-cases; the English stemmer keeps case.
         */
        private static String casedStem(String w, LanguageProfile source) {
            boolean cyrillic = isCyrillic(w);
            if (!cyrillic && (!stemsLatin(source) || source == LanguageProfiles.english())) {
                return stem(w, source);
            }
            String yo = w.replace('ё', 'е').replace('Ё', 'Е');
            String stem = cyrillic ? RUSSIAN.stem(yo) : source.stem(yo);
            String lower = lower(yo);
            return lower.length() == yo.length() && lower.startsWith(stem) ? yo.substring(0, stem.length()) : yo;
        }

        private static String withoutPossessive(String w) {
            int n = w.length();
            boolean possessive = n > 2 && (w.charAt(n - 1) == 's' || w.charAt(n - 1) == 'S')
                    && (w.charAt(n - 2) == '\'' || w.charAt(n - 2) == '’');
            return possessive ? w.substring(0, n - 2) : w;
        }

        private static String lower(String w) {
            return w.toLowerCase(Locale.ROOT).replace('ё', 'е');
        }
    }
}

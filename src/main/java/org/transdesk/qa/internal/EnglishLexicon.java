package org.transdesk.qa.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * What an English word is, from LanguageTool's English part-of-speech dictionary (read with Morfologik): a
 * common word a translator translates ("Court", "Association", "Miller" as the trade), an adjective such as a
 * demonym ("Swedish"), a known proper noun ("Sweden", "Putin") or not in the dictionary at all ("Danius").
 * That tells names, which a translation must carry, from capitalised words it translates.
 */
public final class EnglishLexicon {

    public enum Kind {
        /** The lower-case form is an ordinary word and the dictionary knows no proper noun: "Supreme", "Ring". */
        COMMON,
        /** An ordinary word that is also a proper noun: "Miller", "Trump", "Brown", "Court". */
        NAME_OR_WORD,
        /** Capitalised adjective (demonym, language): "Swedish", "Canadian". */
        ADJECTIVE,
        /** A plural proper noun, a people or a group: "Americans", "Tories"; or a creed: "Buddhism". */
        GROUP,
        /** Only a proper noun in the dictionary ("Putin", "Halifax"), or not in it at all ("Danius"). */
        NAME
    }

    private static final String DICTIONARY = "/org/languagetool/resource/en/english.dict";
    private static final Dictionary DICT = load();
    /** Lookups are not thread-safe; one per thread. */
    private static final ThreadLocal<DictionaryLookup> LOOKUP = ThreadLocal.withInitial(() -> new DictionaryLookup(DICT));
    private static final Map<String, Kind> CACHE = new ConcurrentHashMap<>();
    /** Words the dictionary lacks that read as peoples: "Namibian", "Tasmanian", "Nepalese", "Remainers". */
    private static final java.util.regex.Pattern DEMONYM = java.util.regex.Pattern.compile(".+(?:ian|ean|ese|ans|ers|ites)");
    /** Endings of demonyms and language names: Swedish, Canadian, Nepalese, Pakistani, French, Swiss, Greek, Thai. */
    private static final java.util.regex.Pattern ADJECTIVE_SHAPE = java.util.regex.Pattern.compile(".+(?:an|ese|ish|i|ch|ic|ss|k|ai|ene|ine)");
    /** Creeds and movements: "Buddhism", "Christianity". */
    /** Ending and the least length of what is left: Namibia-n, Zimbabwe-an, Jordan-ian, Nepal-ese, Pakistan-i. */
    private static final String[][] DEMONYM_ENDINGS = {{"ian", "4"}, {"ean", "4"}, {"an", "5"}, {"n", "5"},
        {"ese", "4"}, {"i", "5"}};
    private static final java.util.regex.Pattern CREED = java.util.regex.Pattern.compile(".+(?:ism|ianity)");

    private EnglishLexicon() {
    }

    private static Dictionary load() {
        URL url = EnglishLexicon.class.getResource(DICTIONARY);
        if (url == null) {
            throw new IllegalStateException("English dictionary " + DICTIONARY + " is not on the class path");
        }
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The kind of a capitalised word as written ("Miller", "Swedish", "Danius"). */
    public static Kind of(String word) {
        if (CACHE.size() > 50_000) {
            CACHE.clear();
        }
        return CACHE.computeIfAbsent(word, EnglishLexicon::classify);
    }

    private static Kind classify(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        List<String> tags = tags(word);
        if (!lower.equals(word) && !tags(lower).isEmpty()) {
            return tags.contains("NNP") ? Kind.NAME_OR_WORD : Kind.COMMON;
        }
        boolean place = Exonyms.isEnglishPlaceName(word);
        // the dictionary tags place names used before a noun as adjectives too ("Texas/JJ"): only words shaped
        // like demonyms and languages are adjectives ("Swedish", "Canadian", "French", "Thai", "Greek")
        if (!place && tags.stream().anyMatch(t -> t.startsWith("JJ"))
                && (!tags.contains("NNP") || ADJECTIVE_SHAPE.matcher(word).matches())) {
            return Kind.ADJECTIVE;
        }
        if (!place && (tags.contains("NNPS") || (tags.isEmpty() && DEMONYM.matcher(word).matches())
                || CREED.matcher(word).matches())) {
            return Kind.GROUP;
        }
        if (tags.stream().anyMatch(t -> !t.startsWith("NNP")) || tags.isEmpty() && isCompound(lower)) {
            return Kind.COMMON;
        }
        return isDemonym(word) ? Kind.GROUP : Kind.NAME;
    }

    /** "Zimbabwean", "Namibian", "Jordanian", "Nepalese", "Pakistani": a known place name plus a people's ending. */
    private static boolean isDemonym(String word) {
        for (String[] rule : DEMONYM_ENDINGS) {
            String ending = rule[0];
            int min = Integer.parseInt(rule[1]);
            if (word.endsWith(ending) && word.length() - ending.length() >= min
                    && tags(word.substring(0, word.length() - ending.length())).contains("NNP")) {
                return true;
            }
        }
        return false;
    }

    /** Tags of words that follow a name in a sentence rather than a name used as an attribute. */
    private static final java.util.Set<String> NOT_AFTER_ATTRIBUTE = java.util.Set.of("VBZ", "VBD", "MD", "IN", "DT",
            "CC", "TO", "PRP", "RB", "RP", "WDT", "WP", "EX", "PDT", "POS", "WRB");

    /**
     * A word no dictionary has that is two ordinary words run together ("wagonways", "crossties"): a common noun,
     * not a name. Names that are compounds ("Newcastle", "Cambridge") are in the dictionary as proper nouns.
     */
    private static boolean isCompound(String lower) {
        for (int i = 3; i <= lower.length() - 3; i++) {
            if (!tags(lower.substring(0, i)).isEmpty() && !tags(lower.substring(i)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a lower-case word is a noun and not a verb form that could follow a subject ("market", not "says"). */
    public static boolean isNounNotFiniteVerb(String word) {
        List<String> tags = tags(word);
        return tags.stream().anyMatch(t -> t.startsWith("NN")) && tags.stream().noneMatch(NOT_AFTER_ATTRIBUTE::contains);
    }

    /** Whether the dictionary knows the word as written (any part of speech). */
    public static boolean known(String word) {
        return !tags(word).isEmpty();
    }

    /** The dictionary's part-of-speech tags of a word as written (Penn tags: "NNP", "JJ", "VBZ" …). */
    public static List<String> tags(String word) {
        List<WordData> found = LOOKUP.get().lookup(word);
        return found.stream().map(w -> w.getTag() == null ? "" : w.getTag().toString()).toList();
    }
}

package org.transdesk.language;

import com.ibm.icu.util.ULocale;
import java.lang.Character.UnicodeScript;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What Transdesk knows about one language. Get one from {@link LanguageProfiles#of(String)}; profiles are
 * immutable and shared. A language without its own profile gets a {@linkplain #isGeneric() generic} one:
 * its script from CLDR, whitespace words, no number words, language-neutral checks.
 */
public final class LanguageProfile {

    private final String code;
    private final String nameTag;
    private final String englishName;
    private final String documentTag;
    private final boolean generic;
    private final UnicodeScript mainScript;
    private final Set<UnicodeScript> expectedScripts;
    private final Set<UnicodeScript> forbiddenScripts;
    private final Predicate<String> markedWord;
    private final boolean mostlyMainScript;
    private final WordSegmenter segmenter;
    private final NumberStyle numbers;
    private final Map<String, Pattern> unitWords;
    private final Set<String> danglingWords;
    private final RepeatPolicy repeats;
    private final Set<String> sharedWithEnglish;
    private final Quotes quotes;
    private final LengthBounds lengthAgainstEnglish;
    private final double typicalLengthAgainstEnglish;
    private final double lengthVariance;
    private final String translationStyle;
    private final String summaryStyle;
    private final Function<String, String> stemmer;
    private final String romaniser;
    private final Pattern centuryDecade;

    private LanguageProfile(Builder b) {
        this.code = Objects.requireNonNull(b.code, "code");
        this.nameTag = b.nameTag == null ? b.code : b.nameTag;
        this.englishName = b.englishName == null ? ULocale.forLanguageTag(nameTag).getDisplayName(ULocale.ENGLISH)
                : b.englishName;
        this.documentTag = b.documentTag == null ? b.code : b.documentTag;
        this.generic = b.generic;
        this.mainScript = b.mainScript;
        this.expectedScripts = Set.copyOf(b.expectedScripts);
        this.forbiddenScripts = Set.copyOf(b.forbiddenScripts);
        this.markedWord = b.markedWord;
        this.mostlyMainScript = b.mostlyMainScript;
        this.segmenter = Objects.requireNonNull(b.segmenter, "segmenter");
        this.numbers = Objects.requireNonNull(b.numbers, "numbers");
        this.unitWords = Map.copyOf(b.unitWords);
        this.danglingWords = Set.copyOf(b.danglingWords);
        this.repeats = b.repeats;
        this.sharedWithEnglish = Set.copyOf(b.sharedWithEnglish);
        this.quotes = b.quotes;
        this.lengthAgainstEnglish = b.lengthAgainstEnglish;
        this.typicalLengthAgainstEnglish = b.typicalLengthAgainstEnglish;
        this.lengthVariance = b.lengthVariance;
        this.translationStyle = b.translationStyle;
        this.summaryStyle = b.summaryStyle;
        this.stemmer = b.stemmer;
        this.romaniser = b.romaniser;
        this.centuryDecade = b.centuryDecade;
    }

    /**
     * How the language writes a decade by its century ("20 世纪 60 年代", the 1960s: group 1 the century, group 2 the
     * decade), where another language writes the year; null when it has no such form.
     */
    public Pattern centuryDecade() {
        return centuryDecade;
    }

    public static Builder builder(String code) {
        return new Builder(code);
    }

    /** The language subtag the profile is found by: {@code "vi"}, {@code "zh"}, {@code "de"}. */
    public String code() {
        return code;
    }

    /** Whether this is the generic profile of a language Transdesk has no profile for (the UI says so). */
    public boolean isGeneric() {
        return generic;
    }

    /** The language's name in the UI language, capitalised as a label: "Vietnamese", "Вьетнамский", "Chinese (Simplified)". */
    public String displayName(Locale uiLocale) {
        ULocale ui = ULocale.forLocale(uiLocale == null ? Locale.ENGLISH : uiLocale);
        String name = ULocale.forLanguageTag(nameTag).getDisplayName(ui);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(uiLocale == null ? Locale.ROOT : uiLocale) + name.substring(1);
    }

    /** The English name used in prompts and QA messages: "Vietnamese", "Russian", "Chinese". */
    public String englishName() {
        return englishName;
    }

    /** The language tag for DOCX (Word's spelling and hyphenation) and HTML {@code lang}: vi-VN, ru-RU, zh-CN. */
    public String documentTag() {
        return documentTag;
    }

    /** The script most of the language's letters are in, or null when unknown. */
    public UnicodeScript mainScript() {
        return mainScript;
    }

    /** Scripts whose letters are normal in a translation into this language; empty when unknown (nothing is checked). */
    public Set<UnicodeScript> expectedScripts() {
        return expectedScripts;
    }

    /** Scripts whose letters are an ERROR in a translation unless the source has them (Cyrillic in Vietnamese). */
    public Set<UnicodeScript> forbiddenScripts() {
        return forbiddenScripts;
    }

    /**
     * Whether the language marks its own words in a way a typist can leave out (Vietnamese diacritics); when
     * so, {@link #isMarkedWord} tells a marked word.
     */
    public boolean hasWordMarks() {
        return markedWord != null;
    }

    /** Whether a word carries the language's own letters or marks (Vietnamese đ, ă, tone marks); false when it has none. */
    public boolean isMarkedWord(String word) {
        return markedWord != null && markedWord.test(word);
    }

    /** Whether a paragraph whose ordinary words are mostly not in {@link #mainScript} is not in this language (ru, zh). */
    public boolean requiresMostlyMainScript() {
        return mostlyMainScript;
    }

    /** Share of letters of {@code text} in the main script (0 when it has no letters or the script is unknown). */
    public double mainScriptShare(String text) {
        int letters = 0;
        int own = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                if (UnicodeScript.of(cp) == mainScript) {
                    own++;
                }
            }
            i += Character.charCount(cp);
        }
        return letters == 0 ? 0 : own / (double) letters;
    }

    /** Words as the language separates them (ICU word breaks: dictionary-based for Chinese). */
    public List<Word> words(String text) {
        return segmenter.words(text);
    }

    /** Whether words are separated by spaces (false for Chinese). */
    public boolean spaceSeparated() {
        return segmenter.spaceSeparated();
    }

    /** Characters of an English word with its space, for a budget in characters. */
    public static final double ENGLISH_CHARACTERS_PER_WORD = 6.0;

    /**
     * A summary's budget in this language's own unit, from the configured word budget: words, or for a language
     * written without spaces (zh) characters, the word budget's length in English characters times the language's
     * typical length against English (60 words: 130 characters of Chinese). One number for the prompt and the check.
     */
    public int summaryBudget(int wordBudget) {
        return spaceSeparated() ? wordBudget : (int) Math.round(wordBudget * ENGLISH_CHARACTERS_PER_WORD * typicalLengthAgainstEnglish());
    }

    public NumberStyle numbers() {
        return numbers;
    }

    /**
     * What carries a unit or currency of an English source over into this language, by unit name ("dollars",
     * "percent", "kilometres" …), matched on normalised text; a unit not listed is not checked.
     */
    public Map<String, Pattern> unitWords() {
        return unitWords;
    }

    /** Lower-case words that cannot end a sentence ("и", "của", "the"): a paragraph ending on one is cut off. */
    public Set<String> danglingWords() {
        return danglingWords;
    }

    public RepeatPolicy repeats() {
        return repeats;
    }

    /** Short lower-case words English shares with this language ("in", "con", "video" in Vietnamese). */
    public Set<String> sharedWithEnglish() {
        return sharedWithEnglish;
    }

    public Quotes quotes() {
        return quotes;
    }

    /** Length of a translation from English / length of the English, calibrated on FLORES/WMT; null when unknown. */
    public LengthBounds lengthAgainstEnglish() {
        return lengthAgainstEnglish;
    }

    /**
     * The median length of a translation from English / length of the English (characters, FLORES/WMT human
     * translations: ru 1.10, vi 0.98, zh 0.36), for sentence alignment; 1 when unknown.
     */
    public double typicalLengthAgainstEnglish() {
        return typicalLengthAgainstEnglish;
    }

    /**
     * Variance of a sentence's length difference per source character, for sentence alignment: Gale &amp; Church's
     * 6.8 for languages of similar length; about 6.8 × ratio² for a language with far fewer characters (zh 0.9),
     * whose differences are counted in its own characters.
     */
    public double lengthVariance() {
        return lengthVariance;
    }

    /** Style notes for a translation prompt into this language (a bulleted list), or null for the default notes. */
    public String translationStyle() {
        return translationStyle;
    }

    /** Style notes for a summary prompt in this language, or null for the default notes. */
    public String summaryStyle() {
        return summaryStyle;
    }

    /** Whether the language has a stemmer for finding a word in any inflection. */
    public boolean hasStemmer() {
        return stemmer != null;
    }

    /** The stem of one word for glossary and QA matching (Russian: Snowball, lower case, ё→е); the word itself without a stemmer. */
    public String stem(String word) {
        return stemmer == null ? word : stemmer.apply(word);
    }

    /** ICU transliterator id that writes the language's names in Latin ASCII, or null (Latin-script languages). */
    public String romaniser() {
        return romaniser;
    }

    @Override
    public String toString() {
        return "LanguageProfile[" + code + (generic ? ", generic]" : "]");
    }

    /** Builds a profile; used by the profiles in {@code language.internal} (and tests). */
    public static final class Builder {
        private final String code;
        private String nameTag;
        private String englishName;
        private String documentTag;
        private boolean generic;
        private UnicodeScript mainScript;
        private Set<UnicodeScript> expectedScripts = Set.of();
        private Set<UnicodeScript> forbiddenScripts = Set.of();
        private Predicate<String> markedWord;
        private boolean mostlyMainScript;
        private WordSegmenter segmenter;
        private NumberStyle numbers;
        private Map<String, Pattern> unitWords = Map.of();
        private Set<String> danglingWords = Set.of();
        private RepeatPolicy repeats = RepeatPolicy.UNKNOWN;
        private Pattern centuryDecade;
        private Set<String> sharedWithEnglish = Set.of();
        private Quotes quotes = Quotes.ENGLISH;
        private LengthBounds lengthAgainstEnglish;
        private double typicalLengthAgainstEnglish = 1.0;
        private double lengthVariance = 6.8;
        private String translationStyle;
        private String summaryStyle;
        private Function<String, String> stemmer;
        private String romaniser;

        private Builder(String code) {
            this.code = code;
        }

        public Builder nameTag(String v) { nameTag = v; return this; }
        public Builder englishName(String v) { englishName = v; return this; }
        public Builder documentTag(String v) { documentTag = v; return this; }
        public Builder generic(boolean v) { generic = v; return this; }
        public Builder mainScript(UnicodeScript v) { mainScript = v; return this; }
        public Builder expectedScripts(Set<UnicodeScript> v) { expectedScripts = v; return this; }
        public Builder forbiddenScripts(Set<UnicodeScript> v) { forbiddenScripts = v; return this; }
        public Builder markedWord(Predicate<String> v) { markedWord = v; return this; }
        public Builder mostlyMainScript(boolean v) { mostlyMainScript = v; return this; }
        public Builder segmenter(WordSegmenter v) { segmenter = v; return this; }
        public Builder numbers(NumberStyle v) { numbers = v; return this; }
        public Builder unitWords(Map<String, Pattern> v) { unitWords = v; return this; }
        public Builder centuryDecade(Pattern v) { centuryDecade = v; return this; }
        public Builder danglingWords(Set<String> v) { danglingWords = v; return this; }
        public Builder repeats(RepeatPolicy v) { repeats = v; return this; }
        public Builder sharedWithEnglish(Set<String> v) { sharedWithEnglish = v; return this; }
        public Builder quotes(Quotes v) { quotes = v; return this; }
        public Builder lengthAgainstEnglish(LengthBounds v) { lengthAgainstEnglish = v; return this; }
        public Builder typicalLengthAgainstEnglish(double v) { typicalLengthAgainstEnglish = v; return this; }
        public Builder lengthVariance(double v) { lengthVariance = v; return this; }
        public Builder translationStyle(String v) { translationStyle = v; return this; }
        public Builder summaryStyle(String v) { summaryStyle = v; return this; }
        public Builder stemmer(Function<String, String> v) { stemmer = v; return this; }
        public Builder romaniser(String v) { romaniser = v; return this; }

        public LanguageProfile build() {
            return new LanguageProfile(this);
        }
    }
}

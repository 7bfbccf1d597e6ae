package org.transdesk.base;

import com.ibm.icu.text.MessageFormat;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import tools.jackson.databind.json.JsonMapper;

/**
 * A sentence for an editor named by its key in {@code messages*.properties}, with its arguments, so a
 * screen can say it in the editor's language while logs, the REST API, exports and the command line
 * keep the English one ({@link #english()}). Arguments are what the sentence is about — numbers,
 * names, terms, quoted text — and are never translated; an argument written {@code "@@" + key}
 * (see {@link #word}) is itself a word of the bundles, such as a language or a script name, and is
 * said in the sentence's language; one written by {@link #nested} is a whole sentence said inside this one
 * ("'dam.txt' in 'news.zip': The file is empty."); one written by {@link #number} is a number, formatted in the
 * sentence's language and able to choose a plural form. Patterns are ICU {@link MessageFormat}s, so a count says
 * {@code {0, plural, one{# issue} other{# issues}}} with each language's own plural rules (Russian has three forms).
 *
 * @param key  the message key, e.g. {@code finding.double-space}
 * @param args the arguments as text, in the order of the pattern's {@code {0}}, {@code {1}} ...
 */
public record Phrase(String key, List<String> args) {

    public static final String BUNDLE = "messages";
    private static final String WORD = "@@";
    /** Starts an argument that is a whole sentence of its own ({@link #nested}); checked before {@link #WORD}. */
    private static final String NESTED = "@@@";
    /** Starts an argument that is a language's name ({@link #language}): its tag, a bar, its English name; checked before {@link #WORD}. */
    private static final String LANGUAGE = "@@=";
    /** The same with a small first letter in Vietnamese and Russian ("Tóm tắt (tiếng Trung (giản thể))"). */
    private static final String LANGUAGE_SMALL = "@@-";
    /** A language the bundles do not name, said inside a sentence ({@link LanguageNames#inSentence}). */
    private static final String LANGUAGE_IN_SENTENCE = "@@~";
    /** Starts an argument that is a number ({@link #number}); checked before {@link #WORD}. */
    private static final String NUMBER = "@@#";
    /** A nested sentence is its key and arguments as a JSON array: any text, and sentences nested in it, survive. */
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Phrase {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args.stream().map(a -> a == null ? "" : a).toList());
    }

    /** The phrase {@code key} with its arguments written as text ({@link String#valueOf}). */
    public static Phrase of(String key, Object... args) {
        return new Phrase(key, Arrays.stream(args).map(String::valueOf).toList());
    }

    /**
     * A number as an argument: it stays a number when the sentence is said, so the pattern can choose a plural form
     * ({@code {0, plural, one{...} few{...} other{...}}}) and group its digits. As text it is still a string, so a stored
     * phrase's JSON arguments keep their form. Arguments written by {@link #of} stay text (a year is not "2,026").
     */
    public static String number(long value) {
        return NUMBER + value;
    }

    /** A decimal number as an argument ({@link #number(long)}): a cost, a share. */
    public static String number(BigDecimal value) {
        return NUMBER + value.toPlainString();
    }

    /** An argument that is itself a word of the bundles (a language, a script), said in the sentence's language. */
    public static String word(String key) {
        return WORD + key;
    }

    /**
     * A language's name as an argument, said in the sentence's language ({@link LanguageNames#label}: the bundles'
     * {@code output.<tag>}, else CLDR's); in English it is {@code english}, the name logs and the API have always read.
     */
    public static String language(String tag, String english) {
        return LANGUAGE + tag + "|" + english;
    }

    /** {@link #language} with a small first letter outside English: a name inside a sentence built from a label. */
    public static String languageSmall(String tag, String english) {
        return LANGUAGE_SMALL + tag + "|" + english;
    }

    /** A language the bundles have no word for, named inside a sentence: CLDR's name in the sentence's language. */
    public static String languageInSentence(String tag, String english) {
        return LANGUAGE_IN_SENTENCE + tag + "|" + english;
    }

    /** This sentence as an argument of another ("Line 4: {0}"), said in that one's language (to any depth). */
    public String nested() {
        List<String> parts = new java.util.ArrayList<>(args.size() + 1);
        parts.add(key);
        parts.addAll(args);
        return NESTED + JSON.writeValueAsString(parts);
    }

    /** The sentence in English, as logs, the API, exports and the command line show it. */
    public String english() {
        return in(Locale.ENGLISH);
    }

    /** The sentence in {@code locale}'s language; in English when that bundle lacks the key, the key itself when none has it. */
    public String in(Locale locale) {
        String pattern = pattern(locale, key);
        if (pattern == null) {
            pattern = pattern(Locale.ENGLISH, key);
        }
        if (pattern == null) {
            return key + args;
        }
        Locale said = pattern(locale, key) != null ? locale : Locale.ENGLISH;
        Object[] values = args.stream().map(a -> a.startsWith(NESTED) ? unnest(a).in(locale)
                : a.startsWith(NUMBER) ? numberOf(a)
                : a.startsWith(LANGUAGE) || a.startsWith(LANGUAGE_SMALL) || a.startsWith(LANGUAGE_IN_SENTENCE) ? language(said, a)
                : a.startsWith(WORD) ? word(locale, a.substring(WORD.length())) : a).toArray();
        return new MessageFormat(pattern, locale).format(values);
    }

    /**
     * The message {@code key} in {@code locale}'s language (else English) formatted with {@code args} as they are,
     * so a count can choose a plural form ({@code {0,choice,1#1 paragraph|1<{0} paragraphs}}).
     */
    public static String say(Locale locale, String key, Object... args) {
        String pattern = pattern(locale, key);
        if (pattern == null) {
            pattern = pattern(Locale.ENGLISH, key);
        }
        return pattern == null ? key : new MessageFormat(pattern, locale).format(args);
    }

    /**
     * The phrase a text holds when it was written by {@link #nested} (how a phrase is kept in a column of text), empty
     * for any other text, such as an English sentence written before phrases were kept.
     */
    public static java.util.Optional<Phrase> unnested(String text) {
        if (text == null || !text.startsWith(NESTED)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(unnest(text));
        } catch (RuntimeException unreadable) {
            return java.util.Optional.empty();
        }
    }

    /** How many arguments the English sentence of {@code key} wants (its highest {@code {n}} plus one); -1 when no bundle has it. */
    public static int wanted(String key) {
        String pattern = pattern(Locale.ENGLISH, key);
        if (pattern == null) {
            return -1;
        }
        return new MessageFormat(pattern, Locale.ENGLISH).getArgumentNames().stream().mapToInt(Integer::parseInt).max().orElse(-1) + 1;
    }

    private static Number numberOf(String arg) {
        String digits = arg.substring(NUMBER.length());
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException notWhole) {
            return new BigDecimal(digits);
        }
    }

    /** A {@link #language} argument in {@code locale}: English keeps the English name the argument carries. */
    private static String language(Locale locale, String arg) {
        String kind = arg.substring(0, LANGUAGE.length());
        String[] tagAndEnglish = arg.substring(kind.length()).split("\\|", 2);
        if (Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
            return tagAndEnglish.length > 1 ? tagAndEnglish[1] : tagAndEnglish[0];
        }
        return switch (kind) {
            case LANGUAGE_IN_SENTENCE -> LanguageNames.inSentence(tagAndEnglish[0], locale);
            case LANGUAGE_SMALL -> LanguageNames.lowerFirst(LanguageNames.label(tagAndEnglish[0], locale), locale);
            default -> LanguageNames.label(tagAndEnglish[0], locale);
        };
    }

    /** The message {@code key} of {@code locale}'s bundle as it is written, or null when that bundle lacks it. */
    static String bundled(Locale locale, String key) {
        return pattern(locale, key);
    }

    private static Phrase unnest(String arg) {
        String[] parts = JSON.readValue(arg.substring(NESTED.length()), String[].class);
        return new Phrase(parts[0], Arrays.asList(parts).subList(1, parts.length));
    }

    private static String word(Locale locale, String key) {
        String w = pattern(locale, key);
        if (w == null) {
            w = pattern(Locale.ENGLISH, key);
        }
        return w == null ? key : w;
    }

    private static String pattern(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
        } catch (MissingResourceException missing) {
            return null;
        }
    }
}

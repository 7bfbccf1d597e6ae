package org.transdesk.base;

import java.text.MessageFormat;
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
 * ("'dam.txt' in 'news.zip': The file is empty.").
 *
 * @param key  the message key, e.g. {@code finding.double-space}
 * @param args the arguments as text, in the order of the pattern's {@code {0}}, {@code {1}} ...
 */
public record Phrase(String key, List<String> args) {

    public static final String BUNDLE = "messages";
    private static final String WORD = "@@";
    /** Starts an argument that is a whole sentence of its own ({@link #nested}); checked before {@link #WORD}. */
    private static final String NESTED = "@@@";
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

    /** An argument that is itself a word of the bundles (a language, a script), said in the sentence's language. */
    public static String word(String key) {
        return WORD + key;
    }

    /**
     * {@link #word} when the bundles have {@code key}, else {@code fallback} as it is: an output or language configured
     * without a name in the bundles is named in English rather than by its key.
     */
    public static String wordOr(String key, String fallback) {
        return pattern(Locale.ENGLISH, key) != null ? word(key) : fallback;
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
        Object[] values = args.stream().map(a -> a.startsWith(NESTED) ? unnest(a).in(locale)
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

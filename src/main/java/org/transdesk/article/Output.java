package org.transdesk.article;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.transdesk.language.LanguageProfiles;

/**
 * What an article is turned into: a translation into a target language, or a short summary, either in the
 * article's own language (key {@code summary}) or in an edition's language (key {@code summary-vi}).
 *
 * <p>A value, not a closed list: which outputs an article gets is configuration ({@link Outputs},
 * {@code transdesk.outputs}). {@link #VI}, {@link #RU} and {@link #SUMMARY} are today's defaults.
 *
 * @param key      stable key used in the database, configuration routes, file names and URLs
 * @param kind     translation or summary
 * @param language the target language of a translation, the language of an edition summary, or {@code null} for a
 *                 summary in the article's own language
 */
public record Output(String key, Kind kind, String language) {

    public enum Kind { TRANSLATION, SUMMARY }

    /** The key of the summary in the article's own language (unchanged since the first release). */
    public static final String SOURCE_SUMMARY_KEY = "summary";
    private static final String EDITION_SUMMARY_PREFIX = "summary-";
    /** A language code as keys and configuration spell it: ISO 639 (2–3 letters), optionally a script or region. */
    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})?");
    /** One instance per key from the factories, so an output read from the database is the very constant ({@code ==} holds too). */
    private static final java.util.concurrent.ConcurrentMap<String, Output> INTERNED = new java.util.concurrent.ConcurrentHashMap<>();

    public static final Output VI = translation("vi");
    public static final Output RU = translation("ru");
    public static final Output SUMMARY = sourceSummary();

    /** The longest key: the database's {@code output_key varchar(16)}. */
    public static final int MAX_KEY_LENGTH = 16;

    public Output {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        if (key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("'" + key + "' is longer than " + MAX_KEY_LENGTH + " characters, too long for an output key");
        }
        if (kind == Kind.TRANSLATION && language == null) {
            throw new IllegalArgumentException("A translation needs a target language");
        }
    }

    public static Output translation(String language) {
        String code = code(language);
        return INTERNED.computeIfAbsent(code, k -> new Output(k, Kind.TRANSLATION, k));
    }

    /** The summary in the article's own language. */
    public static Output sourceSummary() {
        return INTERNED.computeIfAbsent(SOURCE_SUMMARY_KEY, k -> new Output(k, Kind.SUMMARY, null));
    }

    /** A summary in an edition's language: {@code summary-vi}. */
    public static Output editionSummary(String language) {
        String code = code(language);
        return INTERNED.computeIfAbsent(EDITION_SUMMARY_PREFIX + code, k -> new Output(k, Kind.SUMMARY, code));
    }

    /** Today's three outputs, the default configuration: vi, ru and the summary in the source language. */
    public static List<Output> defaults() {
        return List.of(VI, RU, SUMMARY);
    }

    /** The language code of a key or configuration entry, lower case; a malformed code is refused. */
    public static String code(String language) {
        String code = language == null ? "" : language.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("'" + language + "' is not a language code (like vi, ru, zh or pt-br)");
        }
        return code;
    }

    public boolean isTranslation() {
        return kind == Kind.TRANSLATION;
    }

    public boolean isSummary() {
        return kind == Kind.SUMMARY;
    }

    /** A summary in an edition's language (not the article's own). */
    public boolean isEditionSummary() {
        return kind == Kind.SUMMARY && language != null;
    }

    /** English name for service messages and logs: "Vietnamese", "Chinese", "Summary", "Vietnamese summary". */
    public String label() {
        if (isTranslation()) {
            return englishName(language);
        }
        return language == null ? "Summary" : englishName(language) + " summary";
    }

    /**
     * The output's name as an argument of a {@link org.transdesk.base.Phrase} (a refusal): said in the screen's
     * language, {@link #label()} in English.
     */
    public String nameInPhrase() {
        if (language == null) {
            return org.transdesk.base.Phrase.word("output.summary");
        }
        String english = englishName(language);
        if (isTranslation()) {
            return org.transdesk.base.Phrase.language(language, english);
        }
        return org.transdesk.base.Phrase.of("output.summary-in", org.transdesk.base.Phrase.language(language, english),
                org.transdesk.base.Phrase.languageSmall(language, english)).nested();
    }

    private static String englishName(String code) {
        var profile = LanguageProfiles.of(code);
        return profile.isGeneric() ? code : profile.englishName();
    }

    /** The language of the output's text: the target language, or the source language for a summary in it. */
    public String language(String sourceLanguage) {
        return language != null ? language : sourceLanguage;
    }

    /** Any well-formed key: {@code vi}, {@code zh}, {@code summary}, {@code summary-vi}; whether it is configured is {@link Outputs}' say. */
    public static Optional<Output> ofKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String k = key.strip().toLowerCase(Locale.ROOT);
        Output known = INTERNED.get(k);
        if (known != null) {
            return Optional.of(known);
        }
        // not interned: a key from outside (a URL, a file) must not grow the table
        try {
            if (k.startsWith(EDITION_SUMMARY_PREFIX)) {
                String code = code(k.substring(EDITION_SUMMARY_PREFIX.length()));
                return Optional.of(new Output(EDITION_SUMMARY_PREFIX + code, Kind.SUMMARY, code));
            }
            String code = code(k);
            return Optional.of(new Output(code, Kind.TRANSLATION, code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return key;
    }
}

package org.transdesk.qa.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The personal pronouns of the third person singular of a target language ("он", "она", "его" …), from a data file
 * per language, {@code pronouns/<lang>.txt} next to this class: a translation may put one where the source names a
 * person a second time ("Mr Harvey said" → «добавил он»). Languages without a file have none known.
 */
final class PersonPronouns {

    private static final Map<String, Optional<Set<String>>> BY_LANG = new ConcurrentHashMap<>();

    private PersonPronouns() {
    }

    /** The pronouns of a language, or empty when none are known for it. */
    static Optional<Set<String>> of(String lang) {
        return BY_LANG.computeIfAbsent(Langs.baseCode(lang), PersonPronouns::load);
    }

    /** Whether the text has one of the language's pronouns; {@code true} when the language has none known. */
    static boolean inText(String lang, String text) {
        Optional<Set<String>> pronouns = of(lang);
        return pronouns.isEmpty() || Text.words(text).stream().anyMatch(w -> pronouns.get().contains(w.norm()));
    }

    private static Optional<Set<String>> load(String lang) {
        try (InputStream in = PersonPronouns.class.getResourceAsStream("pronouns/" + lang + ".txt")) {
            if (in == null) {
                return Optional.empty();
            }
            Set<String> words = new HashSet<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(Text.norm(w));
                }
            }
            return Optional.of(Set.copyOf(words));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

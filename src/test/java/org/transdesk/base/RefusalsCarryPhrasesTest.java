package org.transdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue #15: a refusal an editor may meet is built from a {@link Phrase}, so the screen says it in the editor's
 * language. This reads every {@code new UserFacingException(...)} (and of its subclasses) and every {@code super(...)}
 * of a subclass in src/main/java, and finds those whose message is written as an English string literal. The files
 * that still hold some are listed in {@link #NOT_YET}; the list may only shrink: a new English refusal elsewhere fails
 * this test, and so does a listed file that has none left (take it off the list).
 */
class RefusalsCarryPhrasesTest {

    static final Path SOURCES = Path.of("src/main/java");
    static final Set<String> REFUSALS = Set.of("UserFacingException", "ReviewException", "ExportException", "ArticleImportException",
            "GlossaryException", "EditConflictException", "ArticleNotFoundException", "DuplicateArticleException");
    static final Pattern CONSTRUCTION = Pattern.compile("new (" + String.join("|", REFUSALS) + ")\\(");
    static final Pattern SUPER = Pattern.compile("\\bsuper\\(");
    static final Pattern SUBCLASS = Pattern.compile("extends (" + String.join("|", REFUSALS) + ")\\b");

    /** Files whose refusals are still English on every screen, with how many: none left (keep it so). */
    static final Map<String, Integer> NOT_YET = Map.of();

    @Test
    void refusals_are_built_from_phrases_except_in_the_files_not_yet_done() throws IOException {
        Map<String, Integer> english = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                int found = englishArguments(code, CONSTRUCTION);
                if (SUBCLASS.matcher(code).find()) {
                    found += englishArguments(code, SUPER);
                }
                if (found > 0) {
                    english.put(SOURCES.relativize(file).toString().replace('\\', '/').replaceFirst("^org/transdesk/", ""), found);
                }
            }
        }
        Set<String> unexpected = new TreeSet<>(english.keySet());
        unexpected.removeAll(NOT_YET.keySet());
        assertThat(unexpected).as("files with refusals written as English sentences (build them with Phrase.of and a key"
                + " of the bundles): " + english).isEmpty();
        Set<String> done = new TreeSet<>(NOT_YET.keySet());
        done.removeAll(english.keySet());
        assertThat(done).as("files of NOT_YET that hold no English refusal any more: take them off the list").isEmpty();
        english.forEach((file, count) -> assertThat(count).as(file + ": more English refusals than before").isLessThanOrEqualTo(NOT_YET.get(file)));
    }

    @Test
    void the_reader_finds_an_english_refusal_and_passes_a_phrase() {
        assertThat(englishArguments("throw new ReviewException(\"Paragraph \" + p + \" is gone.\");", CONSTRUCTION)).isEqualTo(1);
        assertThat(englishArguments("throw new ExportException(what + \" is empty.\", e);", CONSTRUCTION)).isEqualTo(1);
        assertThat(englishArguments("throw new UserFacingException(Phrase.of(\"refusal.x\", \"a\"));", CONSTRUCTION)).isZero();
        assertThat(englishArguments("throw new ReviewException(new Phrase(p.key(), p.args()));", CONSTRUCTION)).isZero();
        assertThat(englishArguments("super(org.transdesk.base.Phrase.of(\"refusal.x\", id));", SUPER)).isZero();
        assertThat(englishArguments("super(\"Article \" + id + \" does not exist.\");", SUPER)).isEqualTo(1);
    }

    /** How many constructions' first argument holds a string literal outside a phrase. */
    static int englishArguments(String code, Pattern construction) {
        int count = 0;
        Matcher m = construction.matcher(code);
        while (m.find()) {
            String first = firstArgument(code, m.end()).strip();
            boolean phrase = List.of("Phrase.", "new Phrase(", "org.transdesk.base.Phrase.", "new org.transdesk.base.Phrase(")
                    .stream().anyMatch(first::startsWith);
            if (!phrase && first.contains("\"")) {
                count++;
            }
        }
        return count;
    }

    /** The text of the argument starting at {@code from}, up to its comma or the closing parenthesis (strings skipped). */
    static String firstArgument(String code, int from) {
        int depth = 0;
        boolean inString = false;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' || c == ',') {
                if (depth == 0) {
                    return code.substring(from, i);
                }
                if (c == ')') {
                    depth--;
                }
            }
        }
        return code.substring(from);
    }
}

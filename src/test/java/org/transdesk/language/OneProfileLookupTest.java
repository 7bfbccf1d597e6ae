package org.transdesk.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue #16: "one profile lookup, no switch on language codes outside the profiles". What the product knows about a
 * language is in its profile ({@code org.transdesk.language}); which outputs exist is the registry's
 * ({@code article.Output}, {@code article.Outputs}). No other main source may branch on a language code or on a
 * particular output: no {@code case "vi"}, no {@code "ru".equals(...)}, no {@code switch} on an output or a language,
 * no {@code Output.VI}/{@code Output.RU} (today's defaults belong to the registry).
 */
class OneProfileLookupTest {

    static final Path MAIN = Path.of("src/main/java/org/transdesk");
    /** Codes with a profile, and a few more a newsroom would configure. */
    static final String CODES = Stream.concat(LanguageProfiles.known().stream().map(LanguageProfile::code),
            Stream.of("de", "it", "pt", "ja", "ko", "th", "ar", "id", "ms", "km", "lo")).distinct().collect(Collectors.joining("|"));
    static final Pattern CODE = Pattern.compile("\"(?:" + CODES + ")(?:[-_][A-Za-z]{2,4})?\"");
    static final List<Pattern> FORBIDDEN = List.of(
            Pattern.compile("case\\s+(?:[^;>:]*,\\s*)?" + CODE.pattern()),
            Pattern.compile(CODE.pattern() + "\\s*\\.\\s*equals(?:IgnoreCase)?\\s*\\("),
            Pattern.compile("\\.\\s*equals(?:IgnoreCase)?\\s*\\(\\s*" + CODE.pattern() + "\\s*\\)"),
            Pattern.compile("(?:==|!=)\\s*" + CODE.pattern()),
            Pattern.compile("\\bcase\\s+(?:VI|RU|SUMMARY)\\b"),
            Pattern.compile("\\bswitch\\s*\\(\\s*[\\w.()]*(?:output|Output|language|Language|lang|Lang|locale|Locale)(?:\\(\\))?\\s*\\)"),
            Pattern.compile("\\bOutput\\s*\\.\\s*(?:VI|RU)\\b"));

    @Test
    void no_main_source_outside_the_profiles_and_the_registry_branches_on_a_language_code_or_an_output() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (allowed(file)) {
                    continue;
                }
                String[] lines = Files.readString(file).split("\n");
                for (int i = 0; i < lines.length; i++) {
                    String line = lines[i].strip();
                    if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
                        continue; // documentation may name languages
                    }
                    for (Pattern p : FORBIDDEN) {
                        Matcher m = p.matcher(line);
                        if (m.find()) {
                            found.add(MAIN.relativize(file) + ":" + (i + 1) + ": " + m.group());
                        }
                    }
                }
            }
        }
        assertThat(found).as("branches on a language code or an output outside language/ and article/Output*").isEmpty();
    }

    @Test
    void the_scan_finds_what_it_forbids() {
        List<String> offending = List.of("case \"vi\" -> 1;", "case \"en\", \"zh-Hans\" ->", "if (\"ru\".equals(lang))",
                "lang.equalsIgnoreCase(\"zh\")", "switch (output) {", "switch (draft.output()) {", "switch (targetLanguage) {",
                "case VI:", "output == Output.VI ? Output.RU : Output.VI", "List.of(Output.VI, Output.RU)");
        for (String line : offending) {
            assertThat(FORBIDDEN.stream().anyMatch(p -> p.matcher(line).find())).as(line).isTrue();
        }
        List<String> fine = List.of("case \"pc\", \"g\" -> {", "case \"tu\" -> {", "switch (presenter.save(editor.output(), 1)) {",
                "Output.SUMMARY", "LanguageProfiles.of(\"vi\")", "switch (m.kind()) {");
        for (String line : fine) {
            assertThat(FORBIDDEN.stream().noneMatch(p -> p.matcher(line).find())).as(line).isTrue();
        }
    }

    private static boolean allowed(Path file) {
        String path = MAIN.relativize(file).toString().replace('\\', '/');
        return path.startsWith("language/") || path.equals("article/Output.java") || path.equals("article/Outputs.java");
    }
}

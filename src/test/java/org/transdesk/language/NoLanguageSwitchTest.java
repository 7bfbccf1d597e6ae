package org.transdesk.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the product knows about a language lives in its profile: no code outside {@code org.transdesk.language}
 * branches on a language code ({@code case "vi"}, {@code lang.startsWith("ru")}, {@code "zh".equals(lang)}).
 * UI packages are left to the UI work (issue 16, step 2).
 */
class NoLanguageSwitchTest {

    private static final String CODES = "en|vi|ru|zh|fr|es|eng|vie|rus|zho|fra|spa";
    private static final Pattern BRANCH = Pattern.compile(
            "case\\s+\"(?:" + CODES + ")\"|\\.(?:startsWith|equals|equalsIgnoreCase)\\(\"(?:" + CODES + ")\"\\)"
                    + "|\"(?:" + CODES + ")\"\\.equals(?:IgnoreCase)?\\(");

    @Test
    void no_code_outside_the_language_profiles_branches_on_a_language_code() throws IOException {
        Path main = Path.of("src", "main", "java");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String rel = main.relativize(f).toString().replace('\\', '/');
                if (rel.startsWith("org/transdesk/language/") || rel.contains("/ui/")) {
                    continue;
                }
                String[] lines = Files.readString(f).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    Matcher m = BRANCH.matcher(lines[i]);
                    if (m.find()) {
                        found.add(rel + ":" + (i + 1) + ": " + lines[i].strip());
                    }
                }
            }
        }
        assertThat(found).as("branches on language codes outside org.transdesk.language").isEmpty();
    }
}

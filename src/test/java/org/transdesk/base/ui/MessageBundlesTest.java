package org.transdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.transdesk.article.Output;
import org.transdesk.export.ExportFormat;
import org.transdesk.qa.QaChecks;
import org.transdesk.review.ModelReviewFindings;
import org.transdesk.review.OutputState;
import org.transdesk.review.ParagraphStatus;
import org.transdesk.security.Roles;

/**
 * The three bundles hold the same keys; every key the screens name exists, and every key is named by
 * the screens (as a literal in a {@code ui} package of src/main/java, or as one of the families built from an enum: outputs,
 * states, paragraph statuses, message levels, languages, roles, export formats, menu entries of {@code @Menu} views).
 * Each message is a valid MessageFormat pattern and the Vietnamese and Russian ones are written in
 * their language, not left in English.
 */
class MessageBundlesTest {

    static final Path SOURCES = Path.of("src/main/java");
    static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[A-Za-z0-9_-]+)+)\"");
    /** "glossary.csv" is a file name, not a key. */
    static final Pattern FILE_NAME = Pattern.compile(".*\\.(csv|tbx|tmx|xlf|xliff|md|txt|html|docx|zip|json)");
    static final Pattern MENU_ROUTE = Pattern.compile("@Route\\(\"([^\"]*)\"\\)\\s*(?:@[A-Za-z]+(?:\\([^)]*\\))?\\s*)*?@Menu");

    static Map<String, String> bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/messages" + suffix + ".properties")) {
            assertThat(in).as("messages" + suffix + ".properties").isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> m = new TreeMap<>();
        p.forEach((k, v) -> m.put((String) k, (String) v));
        return m;
    }

    static String sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/ui/")).map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
    }

    /**
     * Namespaces of the phrases that services build (QA findings, refusals, the memory's learning line): their keys
     * are named as literals outside the {@code ui} packages, and a screen says them in its language.
     */
    static final Set<String> PHRASE_NAMESPACES = Set.of("qa-finding", "refusal", "learning");

    /** Phrase keys named as literals anywhere in src/main/java. */
    static Set<String> phraseKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher literal = KEY_LITERAL.matcher(Files.readString(f));
                while (literal.find()) {
                    String key = literal.group(1);
                    if (PHRASE_NAMESPACES.contains(key.substring(0, key.indexOf('.'))) && !key.endsWith(".")) {
                        keys.add(key);
                    }
                }
            }
        }
        return keys;
    }

    /** Keys built at run time from a prefix and an enum or a route. */
    static Set<String> builtKeys(String code) {
        Set<String> keys = new TreeSet<>();
        Output.defaults().stream().forEach(o -> keys.add("output." + o.key()));
        // a translation into any profiled language is named by the bundles (base.LanguageNames), others by CLDR
        org.transdesk.language.LanguageProfiles.known().forEach(p -> keys.add("output." + p.code()));
        Arrays.stream(OutputState.values()).forEach(s -> keys.add("state." + s.name()));
        for (ParagraphStatus s : ParagraphStatus.values()) {
            keys.add("paragraph-status." + s.name());
            keys.add("paragraph-status.short." + s.name());
        }
        Arrays.stream(InlineMessage.Level.values()).forEach(l -> keys.add("message.level." + l.name()));
        Messages.LOCALES.forEach(l -> keys.add("language." + l.getLanguage()));
        Arrays.stream(Roles.values()).forEach(r -> keys.add("role." + r.name()));
        Arrays.stream(ExportFormat.values()).filter(f -> f.xliffVersion() == null).forEach(f -> keys.add("export.format." + f.name()));
        java.util.stream.Stream.of(QaChecks.TRANSLATION_CHECKS, QaChecks.SUMMARY_CHECKS, List.of(QaChecks.CROSS_OUTPUT_CHECK, ModelReviewFindings.CHECK))
                .flatMap(List::stream).forEach(check -> keys.add("qa-finding.check." + check));
        Matcher menus = MENU_ROUTE.matcher(code);
        while (menus.find()) {
            keys.add(MainLayout.menuKey(menus.group(1)));
        }
        return keys;
    }

    @Test
    void the_three_bundles_have_the_same_keys() throws IOException {
        Set<String> english = bundle("").keySet();
        assertThat(bundle("_vi").keySet()).as("Vietnamese keys").containsExactlyInAnyOrderElementsOf(english);
        assertThat(bundle("_ru").keySet()).as("Russian keys").containsExactlyInAnyOrderElementsOf(english);
    }

    @Test
    void every_key_the_code_names_exists_and_every_key_is_named() throws IOException {
        Map<String, String> english = bundle("");
        Set<String> namespaces = english.keySet().stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
        String code = sources();
        Set<String> named = new TreeSet<>();
        Matcher literal = KEY_LITERAL.matcher(code);
        while (literal.find()) {
            String key = literal.group(1);
            if (namespaces.contains(key.substring(0, key.indexOf('.'))) && !key.endsWith(".") && !FILE_NAME.matcher(key).matches()) {
                named.add(key);
            }
        }
        named.addAll(phraseKeys());
        Set<String> built = builtKeys(code);
        assertThat(built).as("menu entries found").contains("menu.library", "menu.account");

        Set<String> missing = new TreeSet<>(named);
        missing.addAll(built);
        missing.removeAll(english.keySet());
        assertThat(missing).as("keys named in the code but in no bundle").isEmpty();

        Set<String> unused = new TreeSet<>(english.keySet());
        unused.removeAll(named);
        unused.removeAll(built);
        assertThat(unused).as("keys in the bundles that no code names").isEmpty();
    }

    /** Screens moved to the bundles: every view and dialog. */
    static final List<Path> LOCALISED = List.of(Path.of("src/main/java/org/transdesk/base/ui"), Path.of("src/main/java/org/transdesk/workbench/ui"),
            Path.of("src/main/java/org/transdesk/article/ui"), Path.of("src/main/java/org/transdesk/security/ui/LoginView.java"),
            Path.of("src/main/java/org/transdesk/security/ui/AccountView.java"), Path.of("src/main/java/org/transdesk/memory/ui/GlossaryView.java"),
            Path.of("src/main/java/org/transdesk/memory/ui/MemoryCleaningView.java"), Path.of("src/main/java/org/transdesk/audit/ui/AuditLogView.java"),
            Path.of("src/main/java/org/transdesk/analytics/ui"),
            Path.of("src/main/java/org/transdesk/security/ui/UsersView.java"), Path.of("src/main/java/org/transdesk/llm/ui"),
            Path.of("src/main/java/org/transdesk/api/ui"), Path.of("src/main/java/org/transdesk/export/ui"));
    /** A literal English text handed to a component: a label, caption, button, heading, message or tooltip. */
    static final Pattern LITERAL_TEXT = Pattern.compile("new (Button|Span|Paragraph|H[1-6]|Div|TextArea|TextField|PasswordField|Checkbox)\\(\"[A-Za-z]"
            + "|\\b(setText|setLabel|setPlaceholder|setHelperText|setHeaderTitle|setTooltipText|setAriaLabel|setErrorMessage"
            + "|setEmptySelectionCaption|setHeader|show|error|success|pageMessage)\\((Level\\.[A-Z]+, )?\"[A-Za-z]"
            + "|\"(title|aria-label)\", \"[A-Za-z]");

    @Test
    void the_localised_screens_hold_no_literal_english_text() throws IOException {
        List<String> literals = new java.util.ArrayList<>();
        for (Path root : LOCALISED) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        if (LITERAL_TEXT.matcher(lines.get(i)).find() && !lines.get(i).contains("\"Transdesk\"") && !lines.get(i).contains("log.")) {
                            literals.add(file.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        assertThat(literals).as("literal texts on localised screens").isEmpty();
    }

    @Test
    void every_message_is_a_pattern_that_formats_in_its_language() throws IOException {
        for (String suffix : new String[] {"", "_vi", "_ru"}) {
            Locale locale = suffix.isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(suffix.substring(1));
            bundle(suffix).forEach((key, pattern) -> {
                // Phrases are said through ICU (plural forms); the screens' own messages through the JDK's MessageFormat
                String formatted = new com.ibm.icu.text.MessageFormat(pattern, locale).format(new Object[] {3, 4, 5});
                if (!pattern.contains(",plural,")) {
                    assertThat(new MessageFormat(pattern, locale).format(new Object[] {3, 4, 5})).as(suffix + " " + key).isEqualTo(formatted);
                }
                assertThat(formatted).as(suffix + " " + key).isNotBlank();
                assertThat(pattern.replace("''", "")).as(suffix + " " + key + ": an apostrophe must be doubled").doesNotContain("'");
            });
        }
    }

    @Test
    void vietnamese_and_russian_are_translated_not_copied() throws IOException {
        Map<String, String> english = bundle("");
        // language names are their own; format names (Markdown, HTML, Word ...) are the same words in every language
        Set<String> sameEverywhere = Set.of("language.en", "language.vi", "language.ru", "workbench.provenance.latency");
        for (String suffix : new String[] {"_vi", "_ru"}) {
            Map<String, String> other = bundle(suffix);
            Set<String> copied = english.keySet().stream()
                    .filter(k -> !sameEverywhere.contains(k) && !(k.startsWith("export.format.") && !k.endsWith("TEXT")) && english.get(k).equals(other.get(k)) && english.get(k).matches(".*[A-Za-z]{3,}.*"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(copied).as(suffix + " messages identical to the English").isEmpty();
        }
        assertThat(bundle("_ru").get("workbench.approve")).matches("\\p{IsCyrillic}+");
        assertThat(bundle("_vi").get("workbench.approve")).isEqualTo("Duyệt");
    }

    @Test
    void a_screen_in_an_unknown_language_reads_english_and_a_known_one_its_own() {
        assertThat(Messages.text(Locale.GERMAN, "workbench.approve")).isEqualTo("Approve");
        assertThat(Messages.text(Locale.forLanguageTag("vi-VN"), "workbench.approve")).isEqualTo("Duyệt");
        assertThat(Messages.text(Locale.forLanguageTag("ru-RU"), "workbench.words", 12480)).isEqualTo("Слов: 12\u00a0480");
        assertThat(Messages.text(Locale.ENGLISH, "workbench.words", 12480)).isEqualTo("12,480 words");
    }
}

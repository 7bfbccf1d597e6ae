package org.transdesk.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.transdesk.base.Phrase;

/**
 * QA findings carry a message key and arguments besides their English line, so a Vietnamese or Russian
 * editor reads them in their language: the English line is the phrase said in English (what logs, the API,
 * exports and the command line keep), and the same finding reads in Vietnamese and Russian with its
 * numbers, names and quoted words unchanged.
 */
class FindingPhrasesTest {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final Locale RU = Locale.forLanguageTag("ru");
    static final Path CHECKS = Path.of("src/main/java/org/transdesk/qa/internal");
    static final Pattern KEY = Pattern.compile("\"(qa-finding\\.[a-z0-9.-]+[a-z0-9])\"");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)");

    static List<QaFinding> badTranslations() {
        QaChecks qa = new QaChecks();
        List<QaFinding> all = new ArrayList<>();
        all.addAll(qa.checkTranslation(TranslationUnderReview.of("en", "ru",
                "The dam cost 5 million dollars and opened on 12 March.", "Плотина  стоила  миллион и открылась в марте ,"), List.of()));
        all.addAll(qa.checkTranslation(TranslationUnderReview.of("en", "ru",
                "He said the dam is ready.", " Он сказал \"плотина готова готова\" (вчера. "), List.of()));
        all.addAll(qa.checkTranslation(TranslationUnderReview.of("en", "vi",
                "Engineers will inspect the turbines next spring.", "Engineers will inspect the turbines next spring."), List.of()));
        all.addAll(qa.checkTranslation(TranslationUnderReview.of("en", "vi",
                "The dam on the river is finished after four years of work by engineers.",
                "Dam tren song da hoan thanh sau bon nam lam viec cua cac ky su."), List.of()));
        return all;
    }

    @Test
    void a_finding_of_a_check_reads_in_vietnamese_and_russian_with_its_english_line_unchanged() {
        List<QaFinding> findings = badTranslations();
        assertThat(findings.stream().map(QaFinding::check).collect(Collectors.toSet())).as("checks that found something")
                .contains("numbers", "double-space", "edge-spaces", "repeated-word", "typography-quotes", "brackets",
                        "untranslated", "script", "truncated");
        for (QaFinding f : findings) {
            assertThat(f.phrase()).as(f.check() + ": " + f.message()).isNotNull();
            assertThat(f.phrase().english()).as("English line of " + f.phrase().key()).isEqualTo(f.message());
            for (Locale locale : List.of(VI, RU)) {
                String said = f.phrase().in(locale);
                assertThat(said).as(locale + " " + f.phrase().key()).isNotEqualTo(f.message())
                        .doesNotContain("@@").doesNotContain("qa-finding.").doesNotContainPattern("\\{\\d");
                f.phrase().args().stream().filter(a -> !a.startsWith("@@"))
                        .forEach(a -> assertThat(said).as(locale + " " + f.phrase().key() + " keeps " + a).contains(a));
            }
        }
    }

    @Test
    void a_number_missing_from_a_russian_translation_reads_in_russian_and_in_vietnamese() {
        QaFinding missing = new QaChecks().checkTranslation(TranslationUnderReview.of("en", "ru",
                "The dam cost 40 million dollars.", "Плотина стоила миллионы долларов."), List.of()).stream()
                .filter(f -> f.check().equals("numbers") && f.message().startsWith("Number “40")).findFirst().orElseThrow();

        assertThat(missing.message()).isEqualTo("Number “40” from the source is missing in the translation.");
        assertThat(missing.phrase().in(RU)).isEqualTo("В переводе нет числа «40» из оригинала.");
        assertThat(missing.phrase().in(VI)).isEqualTo("Bản dịch thiếu con số “40” có trong bản gốc.");
    }

    @Test
    void a_language_named_inside_a_finding_is_said_in_the_screens_language() {
        QaFinding latin = new QaChecks().checkTranslation(TranslationUnderReview.of("en", "vi",
                "The dam on the river is finished after four years of work by engineers.",
                "Dam tren song da hoan thanh sau bon nam lam viec cua cac ky su."), List.of()).stream()
                .filter(f -> f.check().equals("script")).findFirst().orElseThrow();

        assertThat(latin.message()).contains("Vietnamese");
        assertThat(latin.phrase().in(VI)).contains("tiếng Việt").doesNotContain("Vietnamese");
        assertThat(latin.phrase().in(RU)).contains("вьетнамский").doesNotContain("Vietnamese");
    }

    /**
     * Every place a check makes a finding names a key: no English sentence is handed to a finding any more. The
     * model review's findings too (their frame; the model's own explanation is an argument, as it wrote it).
     */
    @Test
    void the_checks_make_findings_from_keys_only() throws IOException {
        // a check's id is ID; the model review's is CHECK, with a severity its policy picks (policy.severityOf(...))
        Pattern englishFinding = Pattern.compile("(finding\\(Severity\\.[A-Z]+|QaFinding\\.of\\((ID|CHECK), [^,;]+|new QaFinding\\((ID|CHECK), [^,;]+),\\s*\"");
        List<String> english = new ArrayList<>();
        for (Path f : javaFiles()) {
            Matcher m = englishFinding.matcher(Files.readString(f));
            while (m.find()) {
                english.add(f.getFileName() + ": " + m.group());
            }
        }
        assertThat(english).as("findings made from an English sentence").isEmpty();
    }

    /** Every key a check names is in the three bundles, each translation using the same arguments as the English. */
    @Test
    void every_finding_key_of_the_checks_is_in_the_three_bundles_with_the_same_arguments() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path f : javaFiles()) {
            Matcher m = KEY.matcher(Files.readString(f));
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        assertThat(keys).as("keys the checks name").hasSizeGreaterThan(60);
        Properties en = bundle("");
        for (String suffix : List.of("_vi", "_ru")) {
            Properties other = bundle(suffix);
            for (String key : keys) {
                assertThat(en.getProperty(key)).as("English " + key).isNotBlank();
                assertThat(other.getProperty(key)).as(suffix + " " + key).isNotBlank();
                assertThat(placeholders(other.getProperty(key))).as(suffix + " " + key + " arguments").isEqualTo(placeholders(en.getProperty(key)));
            }
        }
    }

    @Test
    void a_phrase_without_a_translation_falls_back_to_english_and_an_unknown_key_shows_itself() {
        assertThat(Phrase.of("qa-finding.double-space").in(Locale.GERMAN)).isEqualTo("Double space: replace with one space.");
        assertThat(Phrase.of("qa-finding.no-such-thing", 3).in(VI)).isEqualTo("qa-finding.no-such-thing[3]");
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** Where model-review findings and the sentences inside them (a stop, a rejected answer) are made. */
    static final List<Path> MODEL_REVIEW = List.of(Path.of("src/main/java/org/transdesk/review/ModelReviewFindings.java"),
            Path.of("src/main/java/org/transdesk/llm/internal/remote/ModelReviewer.java"),
            Path.of("src/main/java/org/transdesk/llm/internal/remote/ReviewAnswer.java"));

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(CHECKS)) {
            return Stream.concat(files.filter(f -> f.toString().endsWith(".java")), MODEL_REVIEW.stream()).toList();
        }
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = FindingPhrasesTest.class.getResourceAsStream("/messages" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}

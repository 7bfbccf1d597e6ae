package org.transdesk.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An untranslated paragraph is one QA finding, not two or three: a 45-paragraph article that
 * nothing could be drafted for showed 90 errors. An empty paragraph and a paragraph that is still
 * the English source each count once.
 */
class UntranslatedParagraphFindingsTest {

    static List<String> fortyFiveParagraphs() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/main/resources/samples/asean-russia-2021-04-15.txt")).stream()
                .skip(1).filter(l -> !l.isBlank()).toList();
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; paragraphs.size() < 45; i++) {
            paragraphs.add(lines.get(i % lines.size()));
        }
        return paragraphs;
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "ru"})
    void empty_paragraphs_are_one_error_each(String lang) throws IOException {
        List<String> source = fortyFiveParagraphs();

        List<QaFinding> findings = new QaChecks().checkTranslation(new TranslationUnderReview("en", lang, source,
                source.stream().map(p -> "").toList()), List.of());

        assertOneErrorPerParagraph(findings, source.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "ru"})
    void paragraphs_that_are_still_the_english_source_are_one_error_each(String lang) throws IOException {
        List<String> source = fortyFiveParagraphs();

        List<QaFinding> findings = new QaChecks().checkTranslation(new TranslationUnderReview("en", lang, source, source), List.of());

        assertOneErrorPerParagraph(findings, source.size());
        assertThat(findings).extracting(QaFinding::check).containsOnly("untranslated");
    }

    private static void assertOneErrorPerParagraph(List<QaFinding> findings, int paragraphs) {
        Map<Integer, List<String>> perParagraph = findings.stream().collect(Collectors.groupingBy(QaFinding::segment,
                Collectors.mapping(f -> f.check() + "/" + f.severity(), Collectors.toList())));
        assertThat(perParagraph).as("findings per paragraph").hasSize(paragraphs)
                .allSatisfy((segment, found) -> assertThat(found).as("paragraph " + segment).hasSize(1));
        assertThat(findings.stream().filter(QaFinding::isError).count()).isEqualTo(paragraphs);
        assertThat(findings.stream().collect(Collectors.groupingBy(QaFinding::check, Collectors.counting())))
                .as("by check").isNotEmpty();
    }

}

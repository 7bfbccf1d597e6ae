package org.transdesk.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Summary faithfulness on summaries whose truth is known (issue #17): each article of the shared CNN/DailyMail and
 * VietNews sets is summarised by its own headline and first two sentences (a faithful summary: no ERROR may be
 * raised), then one error is planted in that summary, the way a model summary goes wrong — a figure changed, a
 * person's name changed — and it must be caught as an ERROR. Rates go to {@code target/qa-summary-planted.md}.
 */
class SummaryPlantedErrorsTest {

    static final double MAX_FALSE_ERROR_RATE = 0.02;
    static final double MIN_RECALL = 0.90;

    private static final Pattern INTEGER = Pattern.compile("(?<![\\d.,:/-])\\d{1,3}(?![\\d.,:/]\\d|\\d)");
    /** Two or three capitalised words in a row, not at a sentence start: a person's or a place's name. */
    private static final Pattern NAME = Pattern.compile("(?<=[\\p{Ll},] )(\\p{Lu}\\p{Ll}+ )(\\p{Lu}\\p{Ll}+ )?(\\p{Lu}\\p{Ll}{2,})(?![\\p{L}])");
    private static final List<String> OTHER_SURNAMES = List.of("Whitaker", "Lindqvist", "Ferreira", "Okonkwo", "Trương", "Vương");

    record Row(String lang, List<String> source, String lead) {
    }

    @Test
    void lead_summaries_raise_no_error_and_planted_figures_and_names_are_caught() throws IOException {
        Path dir = RealParallelDataTest.evalDir().resolve("summarization");
        assumeTrue(Files.isRegularFile(dir.resolve("cnndm-dev.jsonl")) && Files.isRegularFile(dir.resolve("vietnews-dev.jsonl")),
                "Summarisation data not found in " + dir.toAbsolutePath().normalize() + " (set -Dtransdesk.eval.dir=…): skipping.");
        List<Row> rows = new ArrayList<>();
        rows.addAll(read(dir.resolve("cnndm-dev.jsonl"), "en"));
        rows.addAll(read(dir.resolve("vietnews-dev.jsonl"), "vi"));

        int falseErrors = 0;
        int numbersPlanted = 0;
        int numbersCaught = 0;
        int namesPlanted = 0;
        int namesCaught = 0;
        StringBuilder misses = new StringBuilder();
        for (Row row : rows) {
            if (hasError(row, row.lead())) {
                falseErrors++;
                misses.append("- false ERROR: ").append(row.lead()).append('\n');
            }
            Matcher number = INTEGER.matcher(row.lead());
            if (number.find()) {
                int value = Integer.parseInt(number.group());
                String changed = row.lead().substring(0, number.start()) + (value + 7) + row.lead().substring(number.end());
                if (!String.join("\n", row.source()).contains(String.valueOf(value + 7))) {
                    numbersPlanted++;
                    if (hasError(row, changed)) {
                        numbersCaught++;
                    } else {
                        misses.append("- number missed: ").append(changed).append('\n');
                    }
                }
            }
            Matcher name = NAME.matcher(row.lead());
            if (name.find()) {
                String other = OTHER_SURNAMES.stream().filter(s -> !String.join(" ", row.source()).contains(s)).findFirst().orElseThrow();
                String changed = row.lead().substring(0, name.start(3)) + other + row.lead().substring(name.end(3));
                namesPlanted++;
                if (hasError(row, changed)) {
                    namesCaught++;
                } else {
                    misses.append("- name missed: ").append(changed).append('\n');
                }
            }
        }
        double falseRate = falseErrors / (double) rows.size();
        double numberRecall = numbersCaught / (double) numbersPlanted;
        double nameRecall = namesCaught / (double) namesPlanted;
        String report = String.format(Locale.ROOT, "# Summary faithfulness on lead summaries (%d articles: CNN/DM en + VietNews vi)%n%n"
                        + "| measure | value |%n|---|---|%n| faithful lead summaries with an ERROR | %d (%.1f %%) |%n"
                        + "| changed figure caught as ERROR | %d / %d (%.1f %%) |%n| changed name caught as ERROR | %d / %d (%.1f %%) |%n%n%s",
                rows.size(), falseErrors, 100 * falseRate, numbersCaught, numbersPlanted, 100 * numberRecall,
                namesCaught, namesPlanted, 100 * nameRecall, misses);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "qa-summary-planted.md"), report, StandardCharsets.UTF_8);

        assertThat(falseRate).as("faithful lead summaries with an ERROR").isLessThan(MAX_FALSE_ERROR_RATE);
        assertThat(numberRecall).as("changed figures caught").isGreaterThanOrEqualTo(MIN_RECALL);
        assertThat(nameRecall).as("changed names caught").isGreaterThanOrEqualTo(MIN_RECALL);
    }

    private static boolean hasError(Row row, String summary) {
        return QaTestSupport.only("summary-faithfulness", QaTestSupport.QA.checkSummary(
                new SummaryUnderReview(row.lang(), row.source(), List.of(summary), 0))).stream().anyMatch(QaFinding::isError);
    }

    private static List<Row> read(Path file, String lang) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String article = JsonPath.read(line, "$.article");
            List<String> source = new ArrayList<>();
            if (line.contains("\"title\"")) {
                source.add(JsonPath.read(line, "$.title"));
            }
            source.addAll(List.of(article.split("\n")));
            List<String> sentences = sentences(lang, String.join(" ", article.split("\n")));
            if (sentences.size() >= 2) {
                rows.add(new Row(lang, source, (sentences.get(0) + " " + sentences.get(1)).strip()));
            }
        }
        return rows;
    }

    private static List<String> sentences(String lang, String text) {
        BreakIterator it = BreakIterator.getSentenceInstance(new ULocale(lang));
        it.setText(text);
        List<String> out = new ArrayList<>();
        for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            out.add(text.substring(start, end).strip());
        }
        return out;
    }
}

package org.transdesk.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transdesk.qa.QaTestSupport.severities;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code summary-faithfulness}: numbers and names in a summary come from its source. */
class SummaryFaithfulnessCheckTest {

    static final List<String> ARTICLE = List.of(
            "\"I think we're going to have strong indications of life beyond Earth within a decade,\" NASA chief "
                    + "scientist Ellen Stofan said Tuesday.",
            "The Hubble Space Telescope found evidence of water on Jupiter's moon Ganymede, 2,000 miles wide, "
                    + "and the agency expects definitive evidence within 20 to 30 years.");

    static List<QaFinding> faithfulness(String lang, List<String> source, String... summary) {
        return QaTestSupport.only("summary-faithfulness",
                QaTestSupport.QA.checkSummary(new SummaryUnderReview(lang, source, List.of(summary), 60)));
    }

    @Test
    void aFaithfulSummaryPasses() {
        assertThat(faithfulness("en", ARTICLE,
                "NASA's Ellen Stofan expects signs of life beyond Earth within a decade.",
                "The Hubble Space Telescope found water on Ganymede; proof may take 20 to 30 years.")).isEmpty();
    }

    @Test
    void numbersMayChangeForm() {
        assertThat(faithfulness("en", ARTICLE, "Ganymede is 2000 miles wide; proof within thirty years.")).isEmpty();
    }

    @Test
    void anInventedNumberIsAnErrorWithItsSpan() {
        String summary = "Definitive evidence is expected within 50 years.";
        List<QaFinding> f = faithfulness("en", ARTICLE, summary);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.segment()).isZero();
            assertThat(summary.substring(x.start(), x.end())).isEqualTo("50");
        });
    }

    @Test
    void anInventedNumberWordIsOnlyAWarning() {
        assertThat(severities(faithfulness("en", ARTICLE, "Proof may take seven years."))).containsExactly(Severity.WARNING);
    }

    @Test
    void anAcronymOrNameTheSourceDoesNotHaveIsAWarningToCheck() {
        // absent is not contradicted: human reference summaries carry such names from the writer's knowledge
        assertThat(severities(faithfulness("en", ARTICLE, "The ESA agrees."))).containsExactly(Severity.WARNING);
        assertThat(severities(faithfulness("en", ARTICLE, "Scientist John Grunsfeld agrees.")))
                .containsExactly(Severity.WARNING);
    }

    @Test
    void aChangedNameIsAnError() {
        List<QaFinding> f = faithfulness("en", ARTICLE, "NASA chief scientist Ellen Stafford expects life within a decade.");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.message()).isEqualTo("Name “Ellen Stafford” is not in the source, which has “Ellen Stofan”: check it.");
        });
        // adding a title to a name changes nothing
        assertThat(severities(faithfulness("en", List.of("Bobby Robson coached Newcastle."), "Sir Bobby Robson coached Newcastle.")))
                .doesNotContain(Severity.ERROR);
    }

    @Test
    void theHeadlineIsPartOfTheSource() {
        // issue #17: "Throughout 1960s, …" and "John F. Kennedy" of a headline were reported as not in the source
        List<String> withHeadline = List.of("Throughout 1960s, John F. Kennedy pushed for the Moon",
                "The president asked Congress for money to land a man on the Moon.");
        assertThat(faithfulness("en", withHeadline, "Throughout 1960s, John F. Kennedy pushed for the Moon.")).isEmpty();
    }

    @Test
    void initialsDecadesHyphenatedNumbersAndNumberWordsAreReadAsTheSourceHasThem() {
        assertThat(faithfulness("en", List.of("President John F. Kennedy spoke in Houston in 1962."),
                "John F. Kennedy spoke in Houston.")).isEmpty();
        assertThat(faithfulness("en", List.of("The programme grew in 1965 and again in 1968."),
                "The programme grew in the 1960s.")).isEmpty();
        assertThat(faithfulness("en", List.of("A four-month-old baby was found alive."),
                "A 4-month-old was found alive.")).isEmpty();
        assertThat(faithfulness("en", List.of("A 4-month-old baby was found alive."),
                "A 4-month-old was found alive.")).isEmpty();
        assertThat(faithfulness("en", List.of("Three people died and 12 were hurt."), "3 died and twelve were hurt.")).isEmpty();
        assertThat(severities(faithfulness("en", List.of("The programme grew in 1975."), "It grew in the 1960s.")))
                .isNotEmpty();
    }

    @Test
    void aNameWhoseWordsAreAllInTheSourceIsAWarning() {
        // "Space Telescope Hubble" is not written so in the source, but every word is there
        assertThat(severities(faithfulness("en", ARTICLE, "NASA praised the Space Telescope Hubble.")))
                .containsExactly(Severity.WARNING);
    }

    @Test
    void aCapitalisedFirstWordIsNotTakenForPartOfAName() {
        assertThat(faithfulness("en", ARTICLE, "Scientists at NASA expect evidence.", "Water Found On Ganymede"))
                .allMatch(f -> f.severity() != Severity.ERROR || f.message().contains("Found On"));
        assertThat(faithfulness("en", ARTICLE, "Evidence comes from the Hubble Space Telescope.")).isEmpty();
    }

    @Test
    void acronymsMayBeDottedOrSpelledOutInTheSource() {
        assertThat(faithfulness("en", List.of("He moved to the U.S. in 2001."), "He moved to the US in 2001."))
                .isEmpty();
        assertThat(faithfulness("en", List.of("The European Central Bank held rates."), "The ECB held rates."))
                .isEmpty();
        assertThat(faithfulness("vi", List.of("Hai cái tên làm mưa làm gió trên mạng xã hội ."),
                "Hai cái tên làm mưa làm gió trên MXH .")).isEmpty();
    }

    @Test
    void twoNamesJoinedByAndAreTwoNames() {
        assertThat(faithfulness("en", List.of("Alan Pardew, Bobby Robson and Ruud Gullit coached there."),
                "Coaches included Bobby Robson and Ruud Gullit.")).isEmpty();
    }

    @Test
    void russianNamesMatchInAnyCase() {
        List<String> source = List.of("Президент Владимир Путин встретился с лидерами АСЕАН в Москве.");
        assertThat(faithfulness("ru", source, "Лидеры АСЕАН встретились с Владимиром Путиным.")).isEmpty();
        assertThat(severities(faithfulness("ru", source, "Лидеры АСЕАН встретились с Дмитрием Медведевым.")))
                .containsExactly(Severity.WARNING);
        assertThat(severities(faithfulness("ru", source, "Лидеры АСЕАН встретились с Владимиром Жириновским.")))
                .containsExactly(Severity.ERROR);
    }

    @Test
    void vietnameseNamesAndNumbers() {
        List<String> source = List.of("Từ tháng 10/2016 đến 9/2017 , nhiều người ở Đà Nẵng bị lừa 3,2 tỷ đồng .");
        assertThat(faithfulness("vi", source, "Nhiều người ở Đà Nẵng bị lừa 3,2 tỷ đồng .")).isEmpty();
        assertThat(severities(faithfulness("vi", source, "Nhiều người ở Hà Nội bị lừa 3,2 tỷ đồng .")))
                .containsExactly(Severity.WARNING);
        assertThat(severities(faithfulness("vi", source, "Nhiều người ở Đà Nẵng bị lừa 5 tỷ đồng .")))
                .containsExactly(Severity.ERROR);
    }
}

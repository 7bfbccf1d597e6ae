package org.transdesk.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transdesk.qa.QaTestSupport.check;
import static org.transdesk.qa.QaTestSupport.hasError;
import static org.transdesk.qa.QaTestSupport.severities;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code numbers}: numbers, dates, percentages, ordinals, currencies and units carried over in a local form. */
class NumbersCheckTest {

    static List<QaFinding> numbers(String lang, String source, String target) {
        return check("numbers", lang, source, target);
    }

    @Nested
    class Dates {
        static final String SRC = "The two upgraded their relationship to the strategic partnership in November 2018.";

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "ru|Обе стороны повысили уровень отношений до стратегического партнёрства в ноябре 2018 года.",
                "ru|С ноября 2018 обе стороны — стратегические партнёры.",
                "ru|Обе стороны стали стратегическими партнёрами 15.11.2018.",
                "vi|Hai bên đã nâng cấp quan hệ lên đối tác chiến lược vào tháng 11/2018.",
                "vi|Hai bên đã nâng cấp quan hệ lên đối tác chiến lược vào tháng 11 năm 2018.",
                "vi|Hai bên đã nâng cấp quan hệ lên đối tác chiến lược vào tháng Mười Một năm 2018."})
        void aMonthAndYearInAnyLocalFormIsAccepted(String lang, String target) {
            assertThat(numbers(lang, SRC, target)).isEmpty();
        }

        @Test
        void aMissingYearIsAnError() {
            List<QaFinding> f = numbers("ru", SRC, "Обе стороны стали стратегическими партнёрами в ноябре.");
            assertThat(severities(f)).containsExactly(Severity.ERROR);
            assertThat(f.getFirst().message()).contains("2018").contains("missing");
            assertThat(f.getFirst().segment()).isZero();
        }

        @Test
        void aWrongYearIsAnErrorAndTheInventedOneAWarning() {
            List<QaFinding> f = numbers("ru", SRC, "Обе стороны стали стратегическими партнёрами в ноябре 2019 года.");
            assertThat(severities(f)).containsExactlyInAnyOrder(Severity.ERROR, Severity.WARNING);
        }

        @Test
        void aMissingMonthIsAnError() {
            List<QaFinding> f = numbers("vi", SRC, "Hai bên đã nâng cấp quan hệ lên đối tác chiến lược vào năm 2018.");
            assertThat(severities(f)).containsExactly(Severity.ERROR);
            assertThat(f.getFirst().message()).contains("November");
        }

        @Test
        void mayIsAMonthOnlyWhereItReadsAsOne() {
            assertThat(numbers("ru", "Theresa May said no.", "Тереза Мэй сказала «нет».")).isEmpty();
            assertThat(hasError(numbers("ru", "It happened in May.", "Это случилось летом."))).isTrue();
            assertThat(numbers("ru", "It happened in May.", "Это случилось в мае.")).isEmpty();
        }

        @Test
        void abbreviatedMonthsOnBothSides() {
            assertThat(numbers("ru", "Attacks on Sept. 14 halved production.",
                    "Атаки 14 сент. вдвое сократили добычу.")).isEmpty();
        }

        @Test
        void aSurnameThatStartsLikeAMonthIsNoMonth() {
            assertThat(numbers("ru", "Martelly spoke.", "Мартелли выступил.")).isEmpty();
        }

        @Test
        void decadesAndCenturies() {
            assertThat(numbers("ru", "It was popular in the 1990s.", "Это было популярно в 90-х годах.")).isEmpty();
            assertThat(numbers("ru", "It was popular in the 1990s.", "Это было популярно в 1990-е.")).isEmpty();
            assertThat(numbers("ru", "It began in the 15th century.", "Это началось в XV веке.")).isEmpty();
            assertThat(numbers("vi", "Germany was an enemy in World War 2.",
                    "Đức từng là kẻ thù trong Thế chiến II.")).isEmpty();
        }

        @Test
        void timesMayMoveToTheTwentyFourHourClock() {
            assertThat(numbers("ru", "The fire was out by 11:35 pm.", "Пожар потушили к 23:35.")).isEmpty();
            assertThat(numbers("ru", "The auction is at 2pm, viewing from 1.15pm.",
                    "Аукцион в 14:00, осмотр с 13:15.")).isEmpty();
            assertThat(numbers("ru", "The car was removed at 1200 GMT.", "Машину убрали в 12:00 по Гринвичу."))
                    .isEmpty();
        }
    }

    @Nested
    class Ordinals {
        static final String SRC = "On the occasion of the 30th founding anniversary of diplomatic ties.";

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "ru|По случаю 30-летия установления дипломатических отношений.",
                "ru|По случаю 30-й годовщины установления дипломатических отношений.",
                "ru|По случаю тридцатой годовщины установления дипломатических отношений.",
                "vi|Nhân dịp kỷ niệm lần thứ 30 ngày thiết lập quan hệ ngoại giao.",
                "vi|Nhân dịp kỷ niệm 30 năm thiết lập quan hệ ngoại giao."})
        void digitsWithLocalSuffixesOrWordsAreAccepted(String lang, String target) {
            assertThat(numbers(lang, SRC, target)).isEmpty();
        }

        @Test
        void aWrongOrdinalIsAnError() {
            List<QaFinding> f = numbers("ru", SRC, "По случаю 20-летия установления дипломатических отношений.");
            assertThat(f).anySatisfy(x -> {
                assertThat(x.severity()).isEqualTo(Severity.ERROR);
                assertThat(x.message()).contains("Ordinal").contains("30th");
            });
        }
    }

    @Nested
    class Formats {
        static final String SRC = "The plant produced 1,000.5 tonnes.";

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "ru|Завод произвёл 1 000,5 тонны.",
                "ru|Завод произвёл 1000,5 тонны.",
                "vi|Nhà máy sản xuất 1.000,5 tấn."})
        void localSeparatorsAreAccepted(String lang, String target) {
            assertThat(numbers(lang, SRC, target)).isEmpty();
        }

        @Test
        void englishSeparatorsInRussianAreAWarningWithTheLocalForm() {
            List<QaFinding> f = numbers("ru", SRC, "Завод произвёл 1,000.5 тонны.");
            assertThat(severities(f)).containsExactly(Severity.WARNING);
            assertThat(f.getFirst().message()).contains("write 1000,5");
            assertThat(f.getFirst().start()).isEqualTo("Завод произвёл ".length());
        }

        @Test
        void englishThousandsInVietnameseReadAsADecimal() {
            List<QaFinding> f = numbers("vi", "About 7,000 people came.", "Khoảng 7,000 người đã đến.");
            assertThat(severities(f)).containsExactly(Severity.WARNING);
            assertThat(f.getFirst().message()).contains("7.000");
        }

        @Test
        void scaleWordsAndGroupedDigitsAgree() {
            assertThat(numbers("ru", "It costs $1.5 million.", "Это стоит 1 500 000 долларов.")).isEmpty();
            assertThat(numbers("ru", "It costs $2.75 million.", "Это стоит 2 миллиона 750 тысяч долларов."))
                    .isEmpty();
            assertThat(numbers("ru", "It is worth Rs 127 crore.", "Стоимость — 1 270 миллионов рупий.")).isEmpty();
            assertThat(numbers("ru", "Between £25,000 and £40,000.", "Между 25 и 40 тысячами фунтов.")).isEmpty();
        }
    }

    @Nested
    class PercentagesAndCurrencies {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "ru|Рост составил 25 %.",
                "ru|Рост составил 25%.",
                "ru|Рост составил 25 процентов.",
                "vi|Mức tăng là 25%.",
                "vi|Mức tăng là 25 phần trăm."})
        void percentagesInAnyLocalForm(String lang, String target) {
            assertThat(numbers(lang, "Growth was 25 percent.", target)).isEmpty();
            assertThat(numbers(lang, "Growth was 25%.", target)).isEmpty();
        }

        @Test
        void aLostPercentSignIsAnError() {
            assertThat(severities(numbers("ru", "Growth was 25%.", "Рост составил 25 пунктов.")))
                    .containsExactly(Severity.ERROR);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "ru|Сделка стоит 5 млн долларов.",
                "ru|Сделка стоит 5 миллионов долларов США.",
                "ru|Сделка стоит 5 млн USD.",
                "vi|Thương vụ trị giá 5 triệu USD.",
                "vi|Thương vụ trị giá 5 triệu đô la."})
        void dollarsInAnyLocalForm(String lang, String target) {
            assertThat(numbers(lang, "The deal is worth $5 million.", target)).isEmpty();
        }

        @Test
        void aChangedCurrencyIsAnError() {
            List<QaFinding> f = numbers("ru", "The deal is worth $5 million.", "Сделка стоит 5 млн евро.");
            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.severity()).isEqualTo(Severity.ERROR);
                assertThat(x.message()).contains("dollars");
            });
        }

        @Test
        void aConvertedUnitIsOnlyAWarning() {
            List<QaFinding> f = numbers("ru", "The wave was 20 feet high.", "Волна была высотой 20 ярдов.");
            assertThat(severities(f)).containsExactly(Severity.WARNING);
        }
    }

    @Nested
    class NumberWords {
        @Test
        void smallNumberWordsMayBecomeDigitsOrWords() {
            assertThat(numbers("vi", "The two sides agreed.", "Hai bên đã đồng ý.")).isEmpty();
            assertThat(numbers("ru", "The two sides agreed.", "Обе стороны согласились.")).isEmpty();
            assertThat(numbers("ru", "The two sides agreed.", "2 стороны согласились.")).isEmpty();
            assertThat(numbers("ru", "Four ministers came.", "Пришли 4 министра.")).isEmpty();
            assertThat(numbers("ru", "We have 4 ministers.", "У нас четыре министра.")).isEmpty();
            assertThat(numbers("vi", "We have 4 ministers.", "Chúng tôi có bốn bộ trưởng.")).isEmpty();
            assertThat(numbers("ru", "Mice that are 4-month-old.", "Четырёхмесячные мыши.")).isEmpty();
            assertThat(numbers("vi", "Twenty-five people came.", "Hai mươi lăm người đã đến.")).isEmpty();
        }

        @Test
        void durationsMayBeConvertedToLargerUnits() {
            assertThat(numbers("ru", "Less than 18 months ago.", "Менее 1,5 лет назад.")).isEmpty();
            assertThat(numbers("ru", "Within 24 hours.", "В течение суток.")).isEmpty();
            assertThat(numbers("ru", "It crashed at 1 p.m.", "Он разбился в час дня.")).isEmpty();
        }

        @Test
        void aDroppedNumberWordIsOnlyAWarningBecauseTranslatorsRephraseThem() {
            assertThat(severities(numbers("ru", "The two men left.", "Мужчины ушли.")))
                    .containsExactly(Severity.WARNING);
        }

        @Test
        void oneAndApproximateQuantitiesAreNotRequired() {
            assertThat(numbers("ru", "One of them said millions of people came.",
                    "Кто-то из них сказал, что пришло множество людей.")).isEmpty();
        }

        @Test
        void aMissingDigitNumberIsAnErrorEvenInALongSentence() {
            List<QaFinding> f = numbers("ru", "The death toll rose from 32 in 2016 to 33 in 2017.",
                    "Число погибших выросло с 32 в 2016 году до 22 в 2017 году.");
            assertThat(f).anySatisfy(x -> {
                assertThat(x.severity()).isEqualTo(Severity.ERROR);
                assertThat(x.message()).contains("“33”");
            });
        }
    }
}

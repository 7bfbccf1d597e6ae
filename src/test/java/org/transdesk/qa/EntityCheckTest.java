package org.transdesk.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transdesk.qa.QaTestSupport.check;
import static org.transdesk.qa.QaTestSupport.hasError;

import org.junit.jupiter.api.Test;

/** {@code entities}: names of the source must be in the translation, as written, transliterated or as exonyms. */
class EntityCheckTest {

    private static final String SOURCE_EN = "The Nobel Committee's secretary Sara Danius said on Monday that Bob Dylan"
            + " could not be reached.";

    @Test
    void a_name_kept_as_written_in_vietnamese_raises_no_error() {
        assertThat(hasError(check("entities", "vi", SOURCE_EN,
                "Thư ký Ủy ban Nobel, Sara Danius, cho biết hôm thứ Hai rằng không thể liên lạc với Bob Dylan."))).isFalse();
    }

    @Test
    void a_name_dropped_from_vietnamese_is_an_error_naming_it() {
        var f = check("entities", "vi", SOURCE_EN,
                "Thư ký Ủy ban Nobel, Sara Danius, cho biết hôm thứ Hai rằng không thể liên lạc với ông ấy.");
        assertThat(hasError(f)).isTrue();
        assertThat(f).anyMatch(x -> x.isError() && x.message().contains("Dylan"));
    }

    @Test
    void a_name_transliterated_and_inflected_in_russian_raises_no_error() {
        assertThat(hasError(check("entities", "ru", SOURCE_EN,
                "Секретарь Нобелевского комитета Сара Даниус сообщила в понедельник, что связаться с Бобом Диланом"
                        + " не удалось."))).isFalse();
    }

    @Test
    void a_name_dropped_from_russian_is_an_error() {
        var f = check("entities", "ru", SOURCE_EN,
                "Секретарь Нобелевского комитета Сара Даниус сообщила в понедельник, что связаться с певцом не удалось.");
        assertThat(f).anyMatch(x -> x.isError() && x.message().contains("Dylan"));
    }

    @Test
    void well_known_places_may_take_their_exonyms() {
        String en = "Officials of Russia and Vietnam met in Moscow on Thursday.";
        assertThat(hasError(check("entities", "vi", en,
                "Các quan chức Nga và Việt Nam đã gặp nhau tại Moscow hôm thứ Năm."))).isFalse();
        assertThat(hasError(check("entities", "ru", en,
                "Официальные лица России и Вьетнама встретились в Москве в четверг."))).isFalse();
    }

    @Test
    void a_name_before_a_noun_dropped_from_vietnamese_is_an_error() {
        // planted-error miss (FLORES row 859): "the Schengen zone" was only a WARNING because the name stands before
        // a noun, where other languages may turn it into an adjective; Vietnamese keeps it ("khu vực Schengen")
        String en = "The Schengen zone, however, works somewhat like one country in this respect.";
        assertThat(hasError(check("entities", "vi", en,
                "Tuy nhiên, về khía cạnh này thì khu vực Schengen vận hành gần như một quốc gia duy nhất."))).isFalse();
        assertThat(check("entities", "vi", en,
                "Tuy nhiên, về khía cạnh này thì khu vực vận hành gần như một quốc gia duy nhất."))
                .anyMatch(x -> x.isError() && x.message().contains("Schengen"));
    }

    @Test
    void a_possessive_name_dropped_from_vietnamese_is_an_error() {
        // planted-error miss (FLORES row 595): "Aristotle's" was only a WARNING; Vietnamese says "của Aristotle"
        String en = "Most people believed Aristotle's views on all matters of science, including psychology.";
        assertThat(hasError(check("entities", "vi", en,
                "Hầu hết mọi người tin vào quan điểm của Aristotle về mọi vấn đề khoa học, kể cả tâm lý học."))).isFalse();
        assertThat(check("entities", "vi", en,
                "Hầu hết mọi người tin vào quan điểm của về mọi vấn đề khoa học, kể cả tâm lý học."))
                .anyMatch(x -> x.isError() && x.message().contains("Aristotle"));
    }

    @Test
    void a_name_before_a_noun_missing_in_russian_stays_a_warning() {
        // Russian turns such names into adjectives or drops them («сиднейский рынок»): measured, an ERROR here
        // would flag 2.75 % of the WMT20 human translations
        String en = "The Schengen zone, however, works somewhat like one country in this respect.";
        var f = check("entities", "ru", en, "Однако в этом отношении зона работает примерно как одна страна.");
        assertThat(hasError(f)).isFalse();
        assertThat(f).anyMatch(x -> x.message().contains("Schengen"));
    }
}

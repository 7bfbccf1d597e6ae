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
}

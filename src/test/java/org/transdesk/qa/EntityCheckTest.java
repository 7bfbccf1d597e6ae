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
    void a_name_before_a_noun_dropped_from_russian_without_a_trace_is_an_error() {
        // planted-error misses (ru name dropped: "Plitvice Lakes", "Rossby number" only WARNINGs): Russian may turn
        // such a name into an adjective («шенгенская зона»), which is found; when not even the first sounds of the
        // name are left, it was dropped
        String en = "The Schengen zone, however, works somewhat like one country in this respect.";
        assertThat(hasError(check("entities", "ru", en,
                "Однако в этом отношении Шенгенская зона работает примерно как одна страна."))).isFalse();
        assertThat(check("entities", "ru", en,
                "Однако в этом отношении это пространство работает примерно как одна страна."))
                .anyMatch(x -> x.isError() && x.message().contains("Schengen"));
    }

    @Test
    void a_possessive_name_dropped_from_russian_is_an_error() {
        // planted-error misses (WMT19 rows 337, 615: "Erdogan's", "Bolivia's" only WARNINGs)
        String en = "Erdogan's visit to Berlin ended on Saturday.";
        assertThat(hasError(check("entities", "ru", en, "Визит Эрдогана в Берлин завершился в субботу."))).isFalse();
        assertThat(check("entities", "ru", en, "Визит в Берлин завершился в субботу."))
                .anyMatch(x -> x.isError() && x.message().contains("Erdogan"));
    }

    @Test
    void a_name_before_a_year_or_after_a_title_missing_in_russian_stays_a_warning() {
        // "Glasgow 2014" names the Games, which translators rename; "Mr Harvey said" is often «добавил он»
        var games = check("entities", "ru", "She won gold at Glasgow 2014 on the track.",
                "Она завоевала золото на Играх Содружества 2014 года на беговой дорожке.");
        assertThat(hasError(games)).isFalse();
        assertThat(games).anyMatch(x -> x.message().contains("Glasgow"));
        var second = check("entities", "ru", "Buyers need to be patient, Mr Harvey said.",
                "Покупателям нужно набраться терпения, добавил он.");
        assertThat(hasError(second)).isFalse();
        assertThat(second).anyMatch(x -> x.message().contains("Harvey"));
    }

    @Test
    void a_word_no_dictionary_knows_dropped_from_russian_is_an_error() {
        // "Openreach", "Sowore" read as two common words run together (open + reach, sow + ore) and were only
        // WARNINGs; no dictionary has them, so they are names
        String en = "The figures were published by Openreach on Monday.";
        assertThat(hasError(check("entities", "ru", en, "Данные обнародовала в понедельник компания Openreach."))).isFalse();
        assertThat(check("entities", "ru", en, "Данные обнародовала в понедельник компания."))
                .anyMatch(x -> x.isError() && x.message().contains("Openreach"));
    }

    @Test
    void russian_transcriptions_of_xh_ph_cz_and_t_s_are_found() {
        // false ERRORs on WMT20 human translations: Xhaka / Джака (Albanian xh), Yonphula / Йонгпхула (aspirated
        // ph), Dutes / Дьютс (BGN/PCGN writes т+с as "t·s")
        assertThat(hasError(check("entities", "ru", "Arsenal fans are angry that Granit Xhaka will be captain.",
                "Фанаты Арсенала злятся, что Гранит Джака станет капитаном."))).isFalse();
        assertThat(hasError(check("entities", "ru", "Tourists flew back to Phuket on Monday.",
                "Туристы вернулись на Пхукет в понедельник."))).isFalse();
        // false ERROR on WMT19 row 773: Czeisler / Цейслер (cz of German and Polish names)
        assertThat(hasError(check("entities", "ru", "The course was designed by Charles Czeisler at Harvard.",
                "Курс разработал Чарльз Цейслер из Гарварда."))).isFalse();
        assertThat(hasError(check("entities", "ru", "\"They are a hard-working side,\" Dutes said.",
                "«Это очень упорная команда», — заявил Дьютс."))).isFalse();
    }

    @Test
    void names_written_as_one_word_or_with_pinyin_ng_are_found_in_russian() {
        // false ERRORs on WMT20 human translations: Tamil Nadu / Тамилнада, Kit-Kats / Кит-Катом, Guangdong / Гуандун
        assertThat(hasError(check("entities", "ru", "The Tamil Nadu board has released the results.",
                "Совет Тамилнада опубликовал результаты."))).isFalse();
        assertThat(hasError(check("entities", "ru", "It is like going to a store to buy Kit-Kats, he said.",
                "Это как пойти в магазин за Кит-Катом, сказал он."))).isFalse();
        assertThat(hasError(check("entities", "ru", "The waste was sent to sites in Guangdong on the coast.",
                "Мусор отправили на свалки в Гуандун на побережье."))).isFalse();
    }

    @Test
    void a_word_with_a_letter_three_times_in_a_row_is_no_name() {
        // WMT20 row 4: "Ooohkay" is an interjection, which translators render freely
        assertThat(hasError(check("entities", "ru", "And then she said: Ooohkay, let us go home now.",
                "И тогда она сказала: ну ладно, пойдём уже домой."))).isFalse();
    }

    @Test
    void a_g_name_is_not_found_in_a_word_that_starts_with_another_sound() {
        // planted-error miss (WMT20 row 909): "Greta" was taken for «Рейтер» (the key's initial h may be a silent H,
        // but a G is always written in Russian), so the dropped "Greta Thunberg" read as "first name only"
        String en = "Dutch children quoted Greta Thunberg's speech at the United Nations, Reuters reported.";
        assertThat(hasError(check("entities", "ru", en,
                "Дети в Нидерландах цитировали речь Греты Тунберг в ООН, сообщает Рейтер."))).isFalse();
        assertThat(check("entities", "ru", en, "Дети в Нидерландах цитировали речь активистки в ООН, сообщает Рейтер."))
                .anyMatch(x -> x.isError() && x.message().contains("Thunberg"));
        // an English H may be silent (Hernandez / Эрнандес), a J heard as a vowel (Juncker / Юнкер)
        assertThat(hasError(check("entities", "ru", "Hernandez said she met Juncker on Monday.",
                "Эрнандес сказала, что встретилась с Юнкером в понедельник."))).isFalse();
    }

    @Test
    void an_acronym_after_a_name_does_not_stand_for_it() {
        // planted-error miss (WMT19 row 1277): "Toyota UK" counted as carried by «Британия» for "UK"
        String en = "He said Toyota UK had told the BBC that it would halt production if Britain left the EU.";
        assertThat(hasError(check("entities", "ru", en, "Он сказал, что Тойота Великобритании сообщила БиБиСи,"
                + " что остановит производство, если Британия покинет ЕС."))).isFalse();
        assertThat(check("entities", "ru", en,
                "Он сказал, что компания сообщила БиБиСи, что остановит производство, если Британия покинет ЕС."))
                .anyMatch(x -> x.isError() && x.message().contains("Toyota"));
    }

    @Test
    void a_common_word_after_a_name_stands_for_it_only_as_written() {
        // planted-error misses (WMT20 row 1428, WMT19 row 265): «Министерству» for "Ministry" and «полиции» (the
        // glossary's "police") counted as "Italy's Ministry" and "Louisiana State Police" carried
        String en = "The document will be presented to Italy's Ministry of Health in the coming days.";
        assertThat(hasError(check("entities", "ru", en,
                "Документ представят Министерству здравоохранения Италии в ближайшие дни."))).isFalse();
        assertThat(check("entities", "ru", en, "Документ представят Министерству здравоохранения в ближайшие дни."))
                .anyMatch(x -> x.isError() && x.message().contains("Italy"));
        // kept as written, the word is the name: "Gosling" of "Ryan Gosling"
        assertThat(hasError(check("entities", "vi", "The film stars Ryan Gosling and Emma Stone.",
                "Bộ phim có sự tham gia của Gosling và Emma Stone."))).isFalse();
    }

    @Test
    void that_before_a_name_is_a_conjunction_not_a_determiner() {
        // planted-error miss (WMT20 row 1210): "that Misbah was" read as an institution ("that Committee"), which
        // translations translate, so the name dropped raised nothing
        String en = "It just happened that Misbah was on the committee that did not renew our contracts.";
        assertThat(hasError(check("entities", "ru", en,
                "Так уж вышло, что Мисбах был в комитете, который не продлил наши контракты."))).isFalse();
        assertThat(check("entities", "ru", en, "Так уж вышло, что он был в комитете, который не продлил наши контракты."))
                .anyMatch(x -> x.isError() && x.message().contains("Misbah"));
    }

    @Test
    void a_surname_after_a_title_dropped_without_a_pronoun_is_an_error_in_russian() {
        // planted-error misses (WMT20 rows 1129, 1130, 1892, 1895: "Mr Museveni", "Mr Sowore" only WARNINGs): a
        // translation may say «он» for "Mr Harvey" (a_name_before_a_year_or_after_a_title_…); with no personal
        // pronoun either, the person is gone from the sentence
        String en = "We shall resolve their issues,\" Mr Museveni told delegates.";
        assertThat(hasError(check("entities", "ru", en, "Мы решим их проблемы», — сказал Мусевени делегатам."))).isFalse();
        assertThat(hasError(check("entities", "ru", en, "Мы решим их проблемы», — сказал он делегатам."))).isFalse();
        assertThat(check("entities", "ru", en, "Мы решим их проблемы», — сказал делегатам."))
                .anyMatch(x -> x.isError() && x.message().contains("Museveni"));
    }

    @Test
    void a_name_is_not_found_at_the_start_of_a_longer_word_that_differs_from_it() {
        // planted-error miss (FLORES vi row 70): "Seng" of "Wong Kan Seng" was taken for "Singapore" (one sound off,
        // then three more): a match that is not exact leaves room for a case ending of two sounds at most
        String en = "He was greeted by Singapore's Deputy Prime Minister Wong Kan Seng.";
        assertThat(hasError(check("entities", "vi", en,
                "Ông được Phó Thủ tướng Singapore Wong Kan Seng chào đón."))).isFalse();
        assertThat(check("entities", "vi", en, "Ông được Phó Thủ tướng Singapore chào đón."))
                .anyMatch(x -> x.isError() && x.message().contains("Seng"));
        // inflected Russian names keep their endings: «Путиным», «Даниусом»
        assertThat(hasError(check("entities", "ru", "Sara Danius met Vladimir Putin.",
                "Сара Даниус встретилась с Владимиром Путиным."))).isFalse();
    }
}

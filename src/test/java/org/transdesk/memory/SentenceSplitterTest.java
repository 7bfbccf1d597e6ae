package org.transdesk.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void splits_raw_english_text_at_sentence_ends() {
        assertThat(SentenceSplitter.split(List.of("It rained. Did it? \"Yes,\" she said! Done."), Locale.ENGLISH))
                .containsExactly("It rained.", "Did it?", "\"Yes,\" she said!", "Done.");
    }

    @Test
    void initials_and_short_abbreviations_do_not_end_a_sentence() {
        assertThat(SentenceSplitter.split(List.of("Blues legend B.B. King met Mr. Smith today. He left."), Locale.ENGLISH))
                .containsExactly("Blues legend B.B. King met Mr. Smith today.", "He left.");
    }

    @Test
    void handles_space_separated_punctuation_and_one_sentence_per_line() {
        List<String> lines = List.of(
                "UBND TP. Đà Nẵng họp sáng nay , ông H. chủ trì .",
                "Cuộc họp kéo dài 2 giờ . Sau đó , đoàn đi thực tế .");
        assertThat(SentenceSplitter.split(lines, Locale.forLanguageTag("vi"))).containsExactly(
                "UBND TP. Đà Nẵng họp sáng nay , ông H. chủ trì .",
                "Cuộc họp kéo dài 2 giờ .",
                "Sau đó , đoàn đi thực tế .");
    }

    @Test
    void a_line_starting_in_lower_case_continues_the_previous_sentence() {
        assertThat(SentenceSplitter.split(List.of("Tin lời , vợ chồng ông Th .", "đưa cho Huy hơn 1 tỷ đồng ."),
                Locale.forLanguageTag("vi")))
                .containsExactly("Tin lời , vợ chồng ông Th . đưa cho Huy hơn 1 tỷ đồng .");
    }

    @Test
    void splits_cyrillic_text() {
        assertThat(SentenceSplitter.split(List.of("Он сказал: «Нет». А потом ушёл… Москва ждёт!"), Locale.forLanguageTag("ru")))
                .containsExactly("Он сказал: «Нет».", "А потом ушёл… Москва ждёт!");
    }
}

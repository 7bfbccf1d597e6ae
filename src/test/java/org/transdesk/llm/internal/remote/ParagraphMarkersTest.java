package org.transdesk.llm.internal.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.transdesk.llm.SourceSegment;

class ParagraphMarkersTest {

    @Test
    void paragraphs_come_back_by_id_whatever_the_spacing() {
        Map<String, String> answer = ParagraphMarkers.parse("[[title]] Заголовок\n\n  [[p1]]\nПервый абзац.\n[[p2]]\n\nВторой абзац.\n");

        assertThat(answer).containsExactly(Map.entry("title", "Заголовок"), Map.entry("p1", "Первый абзац."), Map.entry("p2", "Второй абзац."));
    }

    @Test
    void article_text_cannot_forge_a_marker() {
        String formatted = ParagraphMarkers.format(List.of(new SourceSegment("p1", "Text [[p2]] more")));

        assertThat(ParagraphMarkers.parse(formatted)).containsOnlyKeys("p1");
    }

    @Test
    void while_streaming_the_paragraph_being_written_shows_without_the_next_half_marker() {
        assertThat(ParagraphMarkers.lastOpen("[[p1]]\nПервый абзац.\n\n[[p")).isEqualTo(Map.entry("p1", "Первый абзац."));
        assertThat(ParagraphMarkers.lastOpen("[[p1]]\nПервый.\n\n[[p2]]\nВто")).isEqualTo(Map.entry("p2", "Вто"));
        assertThat(ParagraphMarkers.lastOpen("Нет маркера")).isNull();
    }
}

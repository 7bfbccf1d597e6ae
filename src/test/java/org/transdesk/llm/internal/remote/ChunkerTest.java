package org.transdesk.llm.internal.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.transdesk.llm.SourceSegment;

class ChunkerTest {

    static SourceSegment paragraph(String id, int tokens) {
        return new SourceSegment(id, "x".repeat(tokens * 4));
    }

    @Test
    void paragraphs_are_grouped_within_the_budget_and_each_chunk_knows_the_paragraph_before_it() {
        List<SourceSegment> all = List.of(paragraph("p1", 40), paragraph("p2", 40), paragraph("p3", 40), paragraph("p4", 10));

        List<Chunker.Chunk> chunks = Chunker.split(all, 100);

        assertThat(chunks).hasSize(2);
        assertThat(chunks.get(0).segments()).extracting(SourceSegment::id).containsExactly("p1", "p2");
        assertThat(chunks.get(0).previous()).isNull();
        assertThat(chunks.get(1).segments()).extracting(SourceSegment::id).containsExactly("p3", "p4");
        assertThat(chunks.get(1).previous()).isEqualTo(all.get(1).text());
    }

    @Test
    void a_paragraph_longer_than_the_budget_is_a_chunk_on_its_own_and_never_cut() {
        List<Chunker.Chunk> chunks = Chunker.split(List.of(paragraph("p1", 10), paragraph("p2", 500), paragraph("p3", 10)), 100);

        assertThat(chunks).extracting(c -> c.segments().size()).containsExactly(1, 1, 1);
        assertThat(chunks.get(1).segments().getFirst().text()).hasSize(2000);
    }
}

package org.transdesk.memory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.transdesk.base.ChangeCounters;
import org.transdesk.memory.GlossaryTerm;
import org.transdesk.memory.TranslationUnit;

/**
 * Two app nodes on one database: node 1 is this context's stores, node 2 a second glossary store and fuzzy
 * index of their own on the same database. What one node writes, the other uses at its next lookup.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:glossary-store-cache;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false"})
class TwoNodesOnOneDatabaseTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ChangeCounters counters;
    @Autowired
    TmStore memoryNode1;
    @Autowired
    GlossaryStore glossaryNode1;
    @Autowired
    TransactionTemplate transaction;

    private static UnitRecord unit(String source, String target) {
        return UnitRecord.now(new TranslationUnit("en", "vi", source, target, "sentence", "node 1", null), Instant.now(), "rita");
    }

    @Test
    void a_unit_learned_on_node_1_is_found_fuzzily_on_node_2_and_a_deleted_one_leaves_it() throws Exception {
        try (FuzzyMemoryIndex node2 = new FuzzyMemoryIndex(jdbc, counters)) {
            assertThat(node2.search("The river flooded three villages near Hue overnight.", "en", "vi", 75, 5)).isEmpty();

            memoryNode1.write(List.of(unit("The river flooded four villages near Hue overnight.", "Nước sông làm ngập bốn ngôi làng gần Huế trong đêm.")),
                    TmStore.Policy.REFRESH);

            assertThat(node2.search("The river flooded three villages near Hue overnight.", "en", "vi", 75, 5))
                    .extracting(s -> s.unit().targetText()).containsExactly("Nước sông làm ngập bốn ngôi làng gần Huế trong đêm.");
            long id = jdbc.sql("select id from tm_unit where source_text = 'The river flooded four villages near Hue overnight.'").query(Long.class).single();
            memoryNode1.delete(List.of(id));
            assertThat(node2.search("The river flooded three villages near Hue overnight.", "en", "vi", 75, 5)).isEmpty();
        }
    }

    @Test
    void a_unit_committed_after_a_lookup_started_is_not_missed() throws Exception {
        try (FuzzyMemoryIndex node2 = new FuzzyMemoryIndex(jdbc, counters)) {
            node2.search("warm up", "en", "vi", 75, 1);
            CountDownLatch written = new CountDownLatch(1);
            CountDownLatch looked = new CountDownLatch(1);
            Thread writer = Thread.ofVirtual().start(() -> transaction.executeWithoutResult(status -> {
                memoryNode1.write(List.of(unit("Schools in the capital will reopen on Monday morning.", "Các trường học ở thủ đô sẽ mở cửa lại vào sáng thứ Hai.")),
                        TmStore.Policy.REFRESH);
                written.countDown();
                await(looked);
            }));
            await(written);
            // node 2 looks up while node 1's transaction is open: nothing yet, and nothing marked as seen that is not committed
            assertThat(node2.search("Schools in the capital will reopen on Monday.", "en", "vi", 75, 5)).isEmpty();
            looked.countDown();
            writer.join();

            assertThat(node2.search("Schools in the capital will reopen on Monday.", "en", "vi", 75, 5)).hasSize(1);
        }
    }

    @Test
    void a_glossary_change_on_node_1_is_used_by_node_2_at_its_next_lookup() {
        GlossaryStore node2 = new GlossaryStore(jdbc, counters);
        List<GlossaryTerm> before = node2.all("en");

        long id = glossaryNode1.insert(new GlossaryTerm(0, "en", "Red River", Map.of("vi", "sông Hồng"), null, false, false));
        assertThat(node2.all("en")).extracting(GlossaryTerm::term).contains("Red River").hasSize(before.size() + 1);

        glossaryNode1.update(new GlossaryTerm(id, "en", "Red River", Map.of("vi", "Sông Hồng", "ru", "Красная река"), null, false, false));
        assertThat(node2.all("en")).filteredOn(t -> t.term().equals("Red River")).singleElement()
                .satisfies(t -> assertThat(t.renderings()).containsEntry("ru", "Красная река"));

        glossaryNode1.delete(id);
        assertThat(node2.all("en")).extracting(GlossaryTerm::term).doesNotContain("Red River");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

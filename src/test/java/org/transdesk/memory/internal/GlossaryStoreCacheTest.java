package org.transdesk.memory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;
import org.transdesk.memory.GlossaryTerm;

/** The store keeps the committed terms in memory: nobody may see a term before its commit or after its rollback. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:glossary-store-cache;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false"})
class GlossaryStoreCacheTest {

    @Autowired
    GlossaryStore store;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void empty() {
        store.all("en").forEach(t -> store.delete(t.id()));
    }

    private static GlossaryTerm term(String text) {
        return new GlossaryTerm(0, "en", text, Map.of("vi", "x"), null, false, false);
    }

    @Test
    void repeatedReadsShareOneListUntilAWrite() {
        store.insert(term("Mekong"));
        var first = store.all("en");

        assertThat(store.all("en")).isSameAs(first);
        store.insert(term("Hanoi"));
        assertThat(store.all("en")).extracting(GlossaryTerm::term).containsExactly("Hanoi", "Mekong");
    }

    @Test
    void aWritingTransactionSeesItsOwnTermsAndARollbackLeavesNoTrace() {
        store.insert(term("Mekong"));
        store.all("en");

        transaction.executeWithoutResult(status -> {
            store.insert(term("Danang"));
            assertThat(store.all("en")).extracting(GlossaryTerm::term).contains("Danang");
            status.setRollbackOnly();
        });

        assertThat(store.all("en")).extracting(GlossaryTerm::term).containsExactly("Mekong");
    }

    @Test
    void aReaderDuringAnOpenWriteIsNotLeftWithTheOldListAfterTheCommit() throws Exception {
        store.insert(term("Mekong"));

        transaction.executeWithoutResult(status -> {
            store.insert(term("Danang"));
            // another thread reads while the write is not committed: it sees the committed terms only
            Thread reader = Thread.ofVirtual().start(() ->
                    assertThat(store.all("en")).extracting(GlossaryTerm::term).containsExactly("Mekong"));
            try {
                reader.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        assertThat(store.all("en")).extracting(GlossaryTerm::term).containsExactly("Danang", "Mekong");
    }
}

package org.transdesk.llm.internal.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.transdesk.memory.SentenceSplitter;
import org.transdesk.support.ChildJvm;
import org.transdesk.support.LargeArticles;

/**
 * The offline summariser's cost is bounded: a 935 KB article of 55,000 short sentences (the case that
 * grew the heap to 6.2 GB and ended in OutOfMemoryError) is summarised in a JVM limited to
 * {@value #HEAP}. Run in a child JVM, since only there a small heap can be set.
 */
class LargeArticleSummaryTest {

    static final String HEAP = "-Xmx128m";
    static final int SENTENCES = LargeArticles.SENTENCES;

    @Test
    void a_55000_sentence_article_is_summarised_within_a_128_mb_heap() throws Exception {
        try (ChildJvm child = ChildJvm.start(Path.of("."), List.of(HEAP, "-XX:+UseSerialGC"), Child.class)) {
            assertThat(child.awaitExit(180)).as("exit code; output:%n%s", child.output()).isZero();
            assertThat(child.output()).contains("sentences: " + SENTENCES).contains("summary words:").contains("peak heap MB:");
            System.out.println(child.output());
        }
    }

    @Test
    void the_generated_article_is_as_large_as_the_reported_one() {
        List<String> article = article();
        assertThat(SentenceSplitter.split(article, Locale.ENGLISH)).hasSize(SENTENCES);
        assertThat(String.join("\n", article).length()).isBetween(900_000, 1_000_000);
    }

    static List<String> article() {
        return LargeArticles.manyShortSentences();
    }

    /** Runs in the child JVM: summarise, print the figures. */
    public static final class Child {
        public static void main(String[] args) {
            List<String> article = article();
            System.out.println("sentences: " + SentenceSplitter.split(article, Locale.ENGLISH).size());
            long start = System.nanoTime();
            List<String> summary = new ExtractiveSummarizer().summarize(article, Locale.ENGLISH, 60);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("summary words: " + String.join(" ", summary).split("\\s+").length + " in " + millis + " ms");
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .map(MemoryPoolMXBean::getPeakUsage).mapToLong(u -> u.getUsed()).sum();
            System.out.println("peak heap MB: " + peak / (1024 * 1024) + " of " + Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
    }
}

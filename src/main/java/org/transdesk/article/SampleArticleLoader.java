package org.transdesk.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.transdesk.base.ClusterLocks;

/**
 * On first start with an empty database, loads the bundled sample article so there is something to try.
 * Nodes starting at once take turns ({@link ClusterLocks#START_UP}): the second finds the sample loaded.
 */
@Component
class SampleArticleLoader {

    static final String SAMPLE = "samples/asean-russia-2021-04-15.txt";
    private static final Logger log = LoggerFactory.getLogger(SampleArticleLoader.class);

    private final ArticleService articles;
    private final ClusterLocks locks;
    private final boolean enabled;

    SampleArticleLoader(ArticleService articles, ClusterLocks locks,
                        @org.springframework.beans.factory.annotation.Value("${transdesk.samples.load-on-empty-database:true}") boolean enabled) {
        this.articles = articles;
        this.locks = locks;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    @Transactional
    void loadSampleIntoEmptyDatabase() throws IOException {
        if (!enabled) {
            return;
        }
        locks.hold(ClusterLocks.START_UP);
        if (!articles.isEmpty()) {
            return;
        }
        try (InputStream in = new ClassPathResource(SAMPLE).getInputStream()) {
            Article sample = articles.importAsSystem(new String(in.readAllBytes(), StandardCharsets.UTF_8), "asean-russia-2021-04-15.txt");
            log.info("Empty database: loaded the sample article '{}'", sample.slug());
        }
    }
}

package org.transdesk.memory.internal;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.transdesk.base.ClusterLocks;

/**
 * Loads the bundled team translations and glossary into an empty memory, so the offline engine has
 * material. Nodes starting at once take turns ({@link ClusterLocks#START_UP}): the second finds them loaded.
 */
@Component
class SampleMemoryLoader {

    private static final Logger log = LoggerFactory.getLogger(SampleMemoryLoader.class);

    private final TmStore tm;
    private final GlossaryStore glossary;
    private final ClusterLocks locks;
    private final boolean enabled;

    SampleMemoryLoader(TmStore tm, GlossaryStore glossary, ClusterLocks locks,
                       @Value("${transdesk.samples.load-on-empty-database:true}") boolean enabled) {
        this.tm = tm;
        this.glossary = glossary;
        this.locks = locks;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    void loadSamples() throws Exception {
        if (!enabled) {
            return;
        }
        locks.hold(ClusterLocks.START_UP);
        if (tm.count() == 0) {
            try (InputStream in = new ClassPathResource("samples/sample-tm.tmx").getInputStream()) {
                java.time.Instant now = java.time.Instant.now();
                int n = tm.write(TmxReader.read(in, "en", "sample-tm.tmx").stream().map(u -> UnitRecord.now(u, now, "system")).toList(),
                        TmStore.Policy.UPDATE_WHEN_NEWER).added();
                log.info("Empty translation memory: loaded {} sample units", n);
            }
        }
        if (glossary.count() == 0) {
            try (var reader = new InputStreamReader(new ClassPathResource("samples/sample-glossary.csv").getInputStream(), StandardCharsets.UTF_8)) {
                var terms = GlossaryCsv.read(reader).stream().map(t -> t.asTerm("en")).toList();
                terms.forEach(glossary::insert);
                log.info("Empty glossary: loaded {} sample terms", terms.size());
            }
        }
    }
}

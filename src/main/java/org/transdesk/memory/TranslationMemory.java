package org.transdesk.memory;

import java.util.Collection;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transdesk.memory.internal.TmStore;

/** Exact lookups and additions. The newest pair wins when the same source was translated twice. */
@Service
public class TranslationMemory {

    private final TmStore store;

    TranslationMemory(TmStore store) {
        this.store = store;
    }

    public Optional<MemoryMatch> exact(String sourceText, String sourceLang, String targetLang) {
        if (sourceText == null || sourceText.isBlank()) {
            return Optional.empty();
        }
        return store.newest(TextKey.of(sourceText), sourceLang, targetLang);
    }

    @Transactional
    public int addAll(Collection<TranslationUnit> units) {
        return store.insertAll(units);
    }

    public long size() {
        return store.count();
    }
}

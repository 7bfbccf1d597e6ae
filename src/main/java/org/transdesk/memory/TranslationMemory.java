package org.transdesk.memory;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.transdesk.audit.AuditLog;
import org.transdesk.memory.internal.FuzzyMemoryIndex;
import org.transdesk.memory.internal.MemoryTmxWriter;
import org.transdesk.memory.internal.TmxReader;
import org.transdesk.memory.internal.TmStore;
import org.transdesk.memory.internal.UnitRecord;
import org.transdesk.security.CurrentUser;

/**
 * Exact and fuzzy lookups, and additions. The newest pair wins when the same source was
 * translated twice. Fuzzy scores are word-level similarity in percent (100 = same words).
 */
@Service
public class TranslationMemory {

    private final TmStore store;
    private final FuzzyMemoryIndex fuzzyIndex;
    private final MemorySettings settings;
    private final AuditLog audit;

    TranslationMemory(TmStore store, FuzzyMemoryIndex fuzzyIndex, MemorySettings settings, AuditLog audit) {
        this.store = store;
        this.fuzzyIndex = fuzzyIndex;
        this.settings = settings;
        this.audit = audit;
    }

    public int fuzzyThreshold() {
        return settings.fuzzyThreshold();
    }

    /**
     * Matches scoring at least the configured threshold, best first. A pair whose source differs
     * only cosmetically (see {@link TextKey}) scores 100; any other difference caps the score at 99.
     */
    public List<MemoryMatch> fuzzy(String sourceText, String sourceLang, String targetLang, int limit) {
        if (sourceText == null || sourceText.isBlank()) {
            return List.of();
        }
        String key = TextKey.normalise(sourceText);
        return fuzzyIndex.search(sourceText, sourceLang, targetLang, settings.fuzzyThreshold(), limit).stream()
                .map(m -> new MemoryMatch(m.unit().sourceText(), m.unit().targetText(),
                        key.equals(TextKey.normalise(m.unit().sourceText())) ? 100 : Math.min(99, m.score()), m.unit().origin()))
                .toList();
    }

    /** The exact match if there is one, else the best fuzzy match above the threshold. */
    public Optional<MemoryMatch> best(String sourceText, String sourceLang, String targetLang) {
        return exact(sourceText, sourceLang, targetLang)
                .or(() -> fuzzy(sourceText, sourceLang, targetLang, 1).stream().findFirst());
    }

    public Optional<MemoryMatch> exact(String sourceText, String sourceLang, String targetLang) {
        if (sourceText == null || sourceText.isBlank()) {
            return Optional.empty();
        }
        return store.newest(TextKey.of(sourceText), sourceLang, targetLang);
    }

    /**
     * Adds pairs as the signed-in user's; a pair already stored is refreshed, not added again. Returns how
     * many were new. (No screen calls this; EDITOR as the least role that may write memory at all.)
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public int addAll(Collection<TranslationUnit> units) {
        Instant now = Instant.now();
        String user = CurrentUser.require();
        return store.write(units.stream().map(u -> UnitRecord.now(u, now, user)).toList(), TmStore.Policy.REFRESH).added();
    }

    /** Adds every pair of a TMX file; a malformed file adds nothing. */
    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional
    public int importTmx(byte[] tmx, String sourceLang, String fileName) {
        if (tmx == null || tmx.length == 0) {
            throw new GlossaryException("The TMX file is empty.");
        }
        List<TranslationUnit> units;
        try {
            units = TmxReader.read(new java.io.ByteArrayInputStream(tmx), sourceLang, "TMX import " + fileName);
        } catch (javax.xml.stream.XMLStreamException | RuntimeException e) {
            throw new GlossaryException("The TMX file could not be read: " + e.getMessage());
        }
        if (units.isEmpty()) {
            throw new GlossaryException("The TMX file has no translation units with source language " + sourceLang + ".");
        }
        Instant now = Instant.now();
        String user = CurrentUser.require();
        int added = store.write(units.stream().map(u -> UnitRecord.now(u, now, user)).toList(), TmStore.Policy.UPDATE_WHEN_NEWER).added();
        audit.record("memory.imported", null, null, added + " units from " + fileName);
        return added;
    }

    @PreAuthorize("isAuthenticated()")
    public byte[] exportTmx(String sourceLang) {
        try {
            return MemoryTmxWriter.write(store.all(sourceLang), sourceLang);
        } catch (javax.xml.stream.XMLStreamException e) {
            throw new GlossaryException("Could not write the TMX file: " + e.getMessage());
        }
    }

    public long size() {
        return store.count();
    }
}

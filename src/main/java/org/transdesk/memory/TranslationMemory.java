package org.transdesk.memory;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.transdesk.audit.AuditLog;
import org.transdesk.inline.TaggedText;
import org.transdesk.base.CleanText;
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
                .map(m -> forQuery(sourceText, new MemoryMatch(m.unit().sourceText(), m.unit().targetText(),
                        key.equals(TextKey.normalise(m.unit().sourceText())) ? 100 : Math.min(99, m.score()), m.unit().origin())))
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
        return store.newest(TextKey.of(sourceText), sourceLang, targetLang).map(m -> forQuery(sourceText, m));
    }

    /**
     * Matching ignores inline codes (see {@link TextKey}); what a match offers keeps them consistent
     * with the text looked up: a pair whose source has exactly the query's placeholders keeps its
     * target's, any other pair is offered as words only, so a plain paragraph never gets
     * placeholders and a paragraph with codes gets its codes only from a pair that had the same
     * (the {@code tags} check names what is missing otherwise).
     */
    static MemoryMatch forQuery(String query, MemoryMatch match) {
        TaggedText asked = TaggedText.inferred(query);
        TaggedText found = TaggedText.inferred(match.sourceText());
        if (!found.hasCodes() && !TaggedText.inferred(match.targetText()).hasCodes()) {
            return match;
        }
        boolean sameCodes = asked.hasCodes() && found.hasCodes() && asked.check(match.sourceText()).stream().noneMatch(TaggedText.TagProblem::isError)
                && found.check(match.targetText()).stream().noneMatch(TaggedText.TagProblem::isError);
        return sameCodes ? match : new MemoryMatch(found.plainText(), TaggedText.withoutPlaceholders(match.targetText()), match.score(), match.origin());
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

    /** How a TMX import went: pairs added, pairs already stored and updated (the file's were newer), pairs already stored as they are. */
    public record MemoryImport(int added, int updated, int unchanged) {
        public String summary() {
            return added + " units added to the memory, " + updated + " updated, " + unchanged + " already there";
        }
    }

    /** Adds the pairs of a TMX file that are new; returns how many. See {@link #importTmxFile}. */
    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional
    public int importTmx(byte[] tmx, String sourceLang, String fileName) {
        return importTmxFile(tmx, sourceLang, fileName).added();
    }

    /**
     * Imports a TMX 1.4b file: every pair with its props, notes, dates and users; language tags as written,
     * matched by language. A pair already in the memory is updated when the file's change date is later,
     * else left alone, so importing the same file again adds nothing. A malformed file adds nothing.
     */
    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional
    public MemoryImport importTmxFile(byte[] tmx, String sourceLang, String fileName) {
        if (tmx == null || tmx.length == 0) {
            throw GlossaryException.of("refusal.memory.tmx-empty");
        }
        String name = fileName == null ? "upload.tmx" : CleanText.of(fileName).strip();
        List<UnitRecord> units;
        try {
            units = TmxReader.readRecords(new java.io.ByteArrayInputStream(tmx), sourceLang, "TMX import " + name, Instant.now(), CurrentUser.require());
        } catch (javax.xml.stream.XMLStreamException | RuntimeException e) {
            throw GlossaryException.of("refusal.memory.tmx-unreadable", org.transdesk.base.LibraryProblem.detail(e));
        }
        if (units.isEmpty()) {
            throw GlossaryException.of("refusal.memory.tmx-no-units", sourceLang);
        }
        TmStore.Written written = store.write(units, TmStore.Policy.UPDATE_WHEN_NEWER);
        MemoryImport result = new MemoryImport(written.added(), written.refreshed(), written.unchanged());
        audit.record("memory.imported", null, null, result.summary() + " from " + name);
        return result;
    }

    @PreAuthorize("isAuthenticated()")
    public byte[] exportTmx(String sourceLang) {
        try {
            return MemoryTmxWriter.write(store.allRecords(sourceLang), sourceLang);
        } catch (javax.xml.stream.XMLStreamException e) {
            throw GlossaryException.of("refusal.memory.tmx-write", org.transdesk.base.LibraryProblem.failure(e));
        }
    }

    /** Concordance search: pairs whose source or target contains the text; "%" and "_" are matched as themselves. */
    @PreAuthorize("isAuthenticated()")
    public List<TranslationUnit> search(String text, String sourceLang, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return store.search(sourceLang, text, Math.max(1, Math.min(limit, 1000)));
    }

    public long size() {
        return store.count();
    }
}

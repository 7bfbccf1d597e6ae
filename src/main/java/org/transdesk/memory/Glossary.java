package org.transdesk.memory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Service;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.transdesk.base.Phrase;
import org.transdesk.audit.AuditLog;
import org.transdesk.base.CleanText;
import org.transdesk.memory.internal.GlossaryCsv;
import org.transdesk.memory.internal.GlossaryMatcher;
import org.transdesk.memory.internal.GlossaryStore;
import org.transdesk.memory.internal.GlossaryTbx;
import org.transdesk.memory.internal.TermUpdate;

/**
 * Glossary lookups (which terms occur in a text, and a version that changes whenever the glossary
 * does), and its upkeep by reviewers: edit, delete, CSV import and export.
 */
@Service
public class Glossary {

    static final int MAX_TERM_LENGTH = 500;
    /** Longer texts are looked up afresh each time, so the remembered lookups stay small (32 x 64 K chars at most). */
    private static final int MAX_REMEMBERED_TEXT = 65_536;

    private final GlossaryStore store;
    private final AuditLog audit;
    /** The analysed glossary and its version per source language; rebuilt when any term changes (notes included, which the version ignores). */
    private final Map<String, Analysed> analysed = new ConcurrentHashMap<>();
    /** The last texts looked up: the prompts of vi, ru and the summary look up the same article text. */
    private final Map<Lookup, List<GlossaryHit>> recentLookups = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Lookup, List<GlossaryHit>> eldest) {
                    return size() > 32;
                }
            });

    Glossary(GlossaryStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    /** Creates (id 0) or updates a term; a term text already used by another term is refused. */
    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional
    public GlossaryTerm save(GlossaryTerm term) {
        GlossaryTerm clean = validated(term);
        Optional<Long> sameText = store.idOf(clean.sourceLang(), clean.term());
        if (sameText.isPresent() && sameText.get() != clean.id()) {
            throw GlossaryException.of("refusal.glossary.duplicate", clean.term());
        }
        long id = clean.id();
        if (id == 0) {
            id = store.insert(clean);
        } else {
            store.update(clean);
        }
        audit.record("glossary.saved", null, null, "\"" + clean.term() + "\"");
        long savedId = id;
        return all(clean.sourceLang()).stream().filter(t -> t.id() == savedId).findFirst().orElseThrow();
    }

    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional
    public void delete(GlossaryTerm term) {
        if (!store.delete(term.id())) {
            throw GlossaryException.of("refusal.glossary.term-gone", term.term());
        }
        audit.record("glossary.deleted", null, null, "\"" + term.term() + "\"");
    }

    /**
     * Merges the terms of a glossary CSV into the glossary (matched by term text): only the columns the file
     * has change; all or nothing. A file that cannot be read is refused with the line to look at.
     */
    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional
    public int importCsv(byte[] csv, String sourceLang) {
        List<TermUpdate> terms;
        try {
            terms = GlossaryCsv.read(new java.io.StringReader(utf8(csv)));
        } catch (GlossaryCsv.CsvProblem e) {
            throw GlossaryException.of("refusal.glossary.csv-unreadable", e.phrase().nested());
        } catch (java.io.IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw GlossaryException.of("refusal.glossary.csv-header", org.transdesk.base.LibraryProblem.detail(e));
        }
        return mergeAll(terms, sourceLang, "CSV");
    }

    /**
     * Merges the terms of a TBX file (TBX v3 or TBX 2008 "martif") into the glossary, per language: a file
     * with only Vietnamese terms changes only Vietnamese; deprecated and forbidden terms are kept as such.
     * All or nothing.
     */
    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional
    public int importTbx(byte[] tbx, String sourceLang) {
        if (tbx == null || tbx.length == 0) {
            throw GlossaryException.of("refusal.glossary.tbx-empty");
        }
        List<TermUpdate> terms;
        try {
            terms = GlossaryTbx.read(tbx, sourceLang);
        } catch (javax.xml.stream.XMLStreamException e) {
            throw GlossaryException.of("refusal.glossary.tbx-unreadable", org.transdesk.base.LibraryProblem.detail(e));
        }
        if (terms.isEmpty()) {
            throw GlossaryException.of("refusal.glossary.tbx-no-terms", sourceLang);
        }
        return mergeAll(terms, sourceLang, "TBX");
    }

    /** TBX v3, TBX-Basic dialect (valid against its schema): every term with its renderings, notes, flags and term standings. */
    @PreAuthorize("isAuthenticated()")
    public byte[] exportTbx(String sourceLang) {
        try {
            return GlossaryTbx.write(all(sourceLang), sourceLang);
        } catch (javax.xml.stream.XMLStreamException e) {
            throw GlossaryException.of("refusal.glossary.tbx-write", org.transdesk.base.LibraryProblem.failure(e));
        }
    }

    private int mergeAll(List<TermUpdate> updates, String sourceLang, String format) {
        for (TermUpdate u : updates) {
            String text = u.term() == null ? "" : CleanText.of(u.term()).strip();
            Optional<GlossaryTerm> existing = text.isEmpty() ? Optional.empty() : store.find(sourceLang, text);
            GlossaryTerm merged = validated(merge(existing, u, sourceLang), u.line());
            if (existing.isPresent()) {
                store.update(new GlossaryTerm(existing.get().id(), sourceLang, merged.term(), merged.renderings(), merged.note(),
                        merged.doNotTranslate(), merged.caseSensitive(), merged.variants()));
            } else {
                store.insert(merged);
            }
        }
        audit.record("glossary.imported", null, null, updates.size() + " terms from " + format);
        return updates.size();
    }

    /** The stored term with what the file states laid over it (see {@link TermUpdate}). */
    private static GlossaryTerm merge(Optional<GlossaryTerm> existing, TermUpdate u, String sourceLang) {
        Map<String, String> renderings = new java.util.LinkedHashMap<>(existing.map(GlossaryTerm::renderings).orElse(Map.of()));
        u.renderings().forEach((lang, text) -> {
            if (text == null || text.isBlank()) {
                renderings.remove(lang);
            } else {
                renderings.put(lang, text);
            }
        });
        List<GlossaryTerm.Variant> variants = new ArrayList<>(existing.map(GlossaryTerm::variants).orElse(List.of()));
        variants.removeIf(v -> u.variantLanguages().contains(v.lang()));
        variants.addAll(u.variants());
        return new GlossaryTerm(0, sourceLang, u.term(), renderings,
                u.note() != null ? u.note() : existing.map(GlossaryTerm::note).orElse(null),
                u.doNotTranslate() != null ? u.doNotTranslate() : existing.map(GlossaryTerm::doNotTranslate).orElse(false),
                u.caseSensitive() != null ? u.caseSensitive() : existing.map(GlossaryTerm::caseSensitive).orElse(false),
                variants);
    }

    @PreAuthorize("isAuthenticated()")
    public String exportCsv(String sourceLang) {
        return exportCsv(sourceLang, false);
    }

    /** The glossary as CSV; with {@code excelBom} it starts with a UTF-8 byte-order mark, so Excel reads it as UTF-8. */
    @PreAuthorize("isAuthenticated()")
    public String exportCsv(String sourceLang, boolean excelBom) {
        try {
            return GlossaryCsv.write(all(sourceLang), excelBom);
        } catch (java.io.IOException e) {
            throw GlossaryException.of("refusal.glossary.csv-write", org.transdesk.base.LibraryProblem.failure(e));
        }
    }

    private static GlossaryTerm validated(GlossaryTerm t) {
        return validated(t, 0);
    }

    /** The term cleaned (CleanText) and checked; {@code line} > 0 names the file line in messages. */
    private static GlossaryTerm validated(GlossaryTerm t, int line) {
        try {
            return validatedTerm(t);
        } catch (GlossaryException e) {
            throw line > 0 ? GlossaryException.of("refusal.glossary.at-line", line, e.phrase().map(Phrase::nested).orElse(e.getMessage())) : e;
        }
    }

    private static GlossaryTerm validatedTerm(GlossaryTerm t) {
        String term = t.term() == null ? "" : CleanText.of(t.term()).strip();
        if (term.isEmpty()) {
            throw GlossaryException.of("refusal.glossary.term-empty");
        }
        if (term.length() > MAX_TERM_LENGTH) {
            throw GlossaryException.of("refusal.glossary.term-long", term.length(), MAX_TERM_LENGTH);
        }
        java.util.Map<String, String> renderings = new java.util.LinkedHashMap<>();
        t.renderings().forEach((lang, text) -> {
            String clean = text == null ? "" : CleanText.of(text).strip();
            if (!clean.isEmpty()) {
                if (clean.length() > MAX_TERM_LENGTH) {
                    throw GlossaryException.of("refusal.glossary.rendering-long", lang, term, MAX_TERM_LENGTH);
                }
                renderings.put(lang, clean);
            }
        });
        List<GlossaryTerm.Variant> variants = new ArrayList<>();
        for (GlossaryTerm.Variant v : t.variants()) {
            String clean = v.text() == null ? "" : CleanText.of(v.text()).strip();
            if (clean.length() > MAX_TERM_LENGTH) {
                throw GlossaryException.of("refusal.glossary.variant-long", v.lang(), clean.substring(0, 40), term, MAX_TERM_LENGTH);
            }
            if (!clean.isEmpty()) {
                variants.add(new GlossaryTerm.Variant(v.lang(), clean, v.status()));
            }
        }
        if (!t.doNotTranslate() && renderings.isEmpty()) {
            throw GlossaryException.of("refusal.glossary.no-rendering", term);
        }
        String note = t.note() == null || t.note().isBlank() ? null : CleanText.of(t.note()).strip();
        if (note != null && note.length() > 2000) {
            throw GlossaryException.of("refusal.glossary.note-long", 2000);
        }
        return new GlossaryTerm(t.id(), t.sourceLang(), term, renderings, note, t.doNotTranslate(), t.caseSensitive(), variants);
    }

    private static String utf8(byte[] bytes) {
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString().replaceFirst("^\uFEFF", "");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw GlossaryException.of("refusal.glossary.not-utf8");
        }
    }

    /** Terms whose text, renderings or other terms contain the text; "%" and "_" are matched as themselves. */
    @PreAuthorize("isAuthenticated()")
    public List<GlossaryTerm> search(String text, String sourceLang, int limit) {
        if (text == null || text.isBlank()) {
            return all(sourceLang).stream().limit(Math.max(0, limit)).toList();
        }
        return store.search(sourceLang, text, Math.max(1, Math.min(limit, 1000)));
    }

    public List<GlossaryTerm> all(String sourceLang) {
        return store.all(sourceLang);
    }

    /**
     * Terms occurring in the text in any inflection ("partnerships", "Russia's", «России»), longest first
     * where they overlap ("ASEAN Community" wins over "ASEAN"); spans are those of the inflected words.
     * Runs per paragraph per generation: the analysed glossary is cached per language until a term changes.
     */
    public List<GlossaryHit> find(String text, String sourceLang) {
        if (text == null || text.isBlank()) {
            return new ArrayList<>();
        }
        GlossaryMatcher matcher = analysed(sourceLang).matcher();
        if (text.length() > MAX_REMEMBERED_TEXT) {
            return List.copyOf(matcher.find(text));
        }
        Lookup lookup = new Lookup(matcher, text);
        List<GlossaryHit> hits = recentLookups.get(lookup);
        if (hits == null) {
            hits = List.copyOf(matcher.find(text));
            recentLookups.put(lookup, hits);
        }
        return hits;
    }

    /** A text looked up with one analysed glossary (matchers compare by identity: a changed glossary is a new matcher). */
    private record Lookup(GlossaryMatcher matcher, String text) {
    }

    /** Short content hash: drafts record it so a reviewer knows which glossary they were made with. */
    public String version(String sourceLang) {
        return analysed(sourceLang).version();
    }

    /** The glossary of a source language analysed for lookups, with its version. */
    private record Analysed(GlossaryMatcher matcher, String version) {
    }

    private Analysed analysed(String sourceLang) {
        List<GlossaryTerm> terms = all(sourceLang);
        return analysed.compute(String.valueOf(sourceLang), (lang, known) ->
                known != null && known.matcher().isFor(terms) ? known : new Analysed(GlossaryMatcher.of(terms, sourceLang), versionOf(terms)));
    }

    private static String versionOf(List<GlossaryTerm> terms) {
        StringBuilder all = new StringBuilder();
        for (GlossaryTerm t : terms) {
            all.append(t.term()).append('\u0001').append(new java.util.TreeMap<>(t.renderings()))
                    .append('\u0001').append(t.doNotTranslate()).append(t.caseSensitive()).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(StandardCharsets.UTF_8));
            return "g-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

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
import org.transdesk.audit.AuditLog;
import org.transdesk.memory.internal.GlossaryCsv;
import org.transdesk.memory.internal.GlossaryMatcher;
import org.transdesk.memory.internal.GlossaryStore;
import org.transdesk.memory.internal.GlossaryTbx;

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
            throw new GlossaryException("The glossary already has the term \"" + clean.term() + "\": edit that one instead.");
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
            throw new GlossaryException("The term \"" + term.term() + "\" no longer exists.");
        }
        audit.record("glossary.deleted", null, null, "\"" + term.term() + "\"");
    }

    /** Adds new terms and replaces existing ones (matched by term text); all or nothing. */
    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional
    public int importCsv(byte[] csv, String sourceLang) {
        List<GlossaryTerm> terms;
        try {
            terms = GlossaryCsv.read(new java.io.StringReader(utf8(csv)), sourceLang);
        } catch (java.io.IOException | IllegalArgumentException | IllegalStateException e) {
            throw new GlossaryException("The CSV file could not be read: " + e.getMessage()
                    + ". Expected a header row: term,<language>...,note,do_not_translate,case_sensitive.");
        }
        return upsertAll(terms, sourceLang, "CSV");
    }

    /** Adds new terms and replaces existing ones from a TBX file (TBX-Basic or TBX v3); all or nothing. */
    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional
    public int importTbx(byte[] tbx, String sourceLang) {
        if (tbx == null || tbx.length == 0) {
            throw new GlossaryException("The TBX file is empty.");
        }
        List<GlossaryTerm> terms;
        try {
            terms = GlossaryTbx.read(tbx, sourceLang);
        } catch (javax.xml.stream.XMLStreamException e) {
            throw new GlossaryException("The TBX file could not be read: " + e.getMessage());
        }
        if (terms.isEmpty()) {
            throw new GlossaryException("The TBX file has no term entries with a term in " + sourceLang + ".");
        }
        return upsertAll(terms, sourceLang, "TBX");
    }

    @PreAuthorize("isAuthenticated()")
    public byte[] exportTbx(String sourceLang) {
        try {
            return GlossaryTbx.write(all(sourceLang), sourceLang);
        } catch (javax.xml.stream.XMLStreamException e) {
            throw new GlossaryException("Could not write the TBX file: " + e.getMessage());
        }
    }

    private int upsertAll(List<GlossaryTerm> terms, String sourceLang, String format) {
        for (GlossaryTerm t : terms) {
            GlossaryTerm clean = validated(t);
            Optional<Long> existing = store.idOf(sourceLang, clean.term());
            if (existing.isPresent()) {
                store.update(new GlossaryTerm(existing.get(), sourceLang, clean.term(), clean.renderings(), clean.note(),
                        clean.doNotTranslate(), clean.caseSensitive()));
            } else {
                store.insert(clean);
            }
        }
        audit.record("glossary.imported", null, null, terms.size() + " terms from " + format);
        return terms.size();
    }

    @PreAuthorize("isAuthenticated()")
    public String exportCsv(String sourceLang) {
        try {
            return GlossaryCsv.write(all(sourceLang));
        } catch (java.io.IOException e) {
            throw new GlossaryException("Could not write the CSV: " + e.getMessage());
        }
    }

    private static GlossaryTerm validated(GlossaryTerm t) {
        String term = t.term() == null ? "" : t.term().strip();
        if (term.isEmpty()) {
            throw new GlossaryException("A term cannot be empty.");
        }
        if (term.length() > MAX_TERM_LENGTH) {
            throw new GlossaryException("The term is " + term.length() + " characters long; at most " + MAX_TERM_LENGTH + ".");
        }
        java.util.Map<String, String> renderings = new java.util.LinkedHashMap<>();
        t.renderings().forEach((lang, text) -> {
            if (text != null && !text.isBlank()) {
                if (text.strip().length() > MAX_TERM_LENGTH) {
                    throw new GlossaryException("The " + lang + " rendering of \"" + term + "\" is longer than " + MAX_TERM_LENGTH + " characters.");
                }
                renderings.put(lang, text.strip());
            }
        });
        if (!t.doNotTranslate() && renderings.isEmpty()) {
            throw new GlossaryException("\"" + term + "\" needs a rendering in at least one language, or the do-not-translate flag.");
        }
        String note = t.note() == null || t.note().isBlank() ? null : t.note().strip();
        if (note != null && note.length() > 2000) {
            throw new GlossaryException("The note is longer than 2000 characters.");
        }
        return new GlossaryTerm(t.id(), t.sourceLang(), term, renderings, note, t.doNotTranslate(), t.caseSensitive());
    }

    private static String utf8(byte[] bytes) {
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString().replaceFirst("^\uFEFF", "");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new GlossaryException("The file is not UTF-8 text.");
        }
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

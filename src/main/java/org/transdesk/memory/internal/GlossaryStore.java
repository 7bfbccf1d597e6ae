package org.transdesk.memory.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.transdesk.memory.GlossaryTerm;

/**
 * The glossary_term and glossary_rendering tables. Every prompt and QA run reads the whole glossary,
 * so the committed terms are kept in memory per source language. Every write goes through here:
 * it clears them at once and again when its transaction ends, and reads inside a writing
 * transaction go to the database, so nobody is served terms older than the last commit.
 */
@Repository
public class GlossaryStore {

    private final JdbcClient jdbc;
    private final Map<String, List<GlossaryTerm>> committed = new ConcurrentHashMap<>();
    /** Bumped by every clear: a load that started before a clear must not be kept. Guarded by this. */
    private long clears;
    /** Marks the current transaction as one that wrote the glossary. */
    private final Object writingKey = new Object();

    GlossaryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The terms of a source language, ordered by term; an unmodifiable list. */
    public List<GlossaryTerm> all(String sourceLang) {
        if (TransactionSynchronizationManager.hasResource(writingKey)) {
            return load(sourceLang);
        }
        List<GlossaryTerm> kept = committed.get(sourceLang);
        if (kept != null) {
            return kept;
        }
        long seen;
        synchronized (this) {
            seen = clears;
        }
        List<GlossaryTerm> loaded = load(sourceLang);
        synchronized (this) {
            if (clears == seen) {
                committed.put(sourceLang, loaded);
            }
        }
        return loaded;
    }

    private synchronized void clear() {
        clears++;
        committed.clear();
    }

    private void written() {
        clear();
        if (TransactionSynchronizationManager.isSynchronizationActive() && !TransactionSynchronizationManager.hasResource(writingKey)) {
            TransactionSynchronizationManager.bindResource(writingKey, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(writingKey);
                    clear();
                }
            });
        }
    }

    private List<GlossaryTerm> load(String sourceLang) {
        Map<Long, Map<String, String>> renderings = new HashMap<>();
        jdbc.sql("select r.term_id, r.lang, r.rendering from glossary_rendering r join glossary_term t on t.id = r.term_id where t.source_lang = ?")
                .param(sourceLang)
                .query(rs -> {
                    renderings.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
                });
        return List.copyOf(jdbc.sql("select * from glossary_term where source_lang = ? order by lower(term)").param(sourceLang)
                .query((rs, i) -> new GlossaryTerm(rs.getLong("id"), rs.getString("source_lang"), rs.getString("term"),
                        renderings.getOrDefault(rs.getLong("id"), Map.of()), rs.getString("note"),
                        rs.getBoolean("do_not_translate"), rs.getBoolean("case_sensitive")))
                .list());
    }

    public long insert(GlossaryTerm term) {
        written();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into glossary_term (source_lang, term, note, do_not_translate, case_sensitive) values (?, ?, ?, ?, ?)")
                .params(term.sourceLang(), term.term(), term.note(), term.doNotTranslate(), term.caseSensitive())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        term.renderings().forEach((lang, rendering) ->
                jdbc.sql("insert into glossary_rendering (term_id, lang, rendering) values (?, ?, ?)")
                        .params(id, lang, rendering).update());
        return id;
    }

    public void update(GlossaryTerm term) {
        written();
        jdbc.sql("update glossary_term set term = ?, note = ?, do_not_translate = ?, case_sensitive = ? where id = ?")
                .params(term.term(), term.note(), term.doNotTranslate(), term.caseSensitive(), term.id()).update();
        jdbc.sql("delete from glossary_rendering where term_id = ?").param(term.id()).update();
        term.renderings().forEach((lang, rendering) ->
                jdbc.sql("insert into glossary_rendering (term_id, lang, rendering) values (?, ?, ?)")
                        .params(term.id(), lang, rendering).update());
    }

    public boolean delete(long id) {
        written();
        jdbc.sql("delete from glossary_rendering where term_id = ?").param(id).update();
        return jdbc.sql("delete from glossary_term where id = ?").param(id).update() == 1;
    }

    /** The id of the term with this text (case-insensitive), if any: terms are unique per source language. */
    public java.util.Optional<Long> idOf(String sourceLang, String term) {
        return jdbc.sql("select id from glossary_term where source_lang = ? and lower(term) = lower(?)")
                .params(sourceLang, term).query(Long.class).optional();
    }

    public long count() {
        return jdbc.sql("select count(*) from glossary_term").query(Long.class).single();
    }
}

package org.transdesk.memory.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.transdesk.base.ChangeCounters;
import org.transdesk.base.CounterCache;
import org.transdesk.memory.GlossaryTerm;
import org.transdesk.memory.TermStatus;

/**
 * The glossary_term and glossary_rendering tables. Every prompt and QA run reads the whole glossary, so
 * the committed terms are kept in memory per source language until the glossary change counter moves:
 * every write bumps it in its transaction, so a change committed on any node is read by the next lookup
 * on every node. Reads inside a writing transaction go to the database and leave the cache alone.
 */
@Repository
public class GlossaryStore {

    static final String COUNTER = "glossary";
    /** Marks a transaction that wrote the glossary (see {@link WritingTransaction}). */
    private static final Object WRITING = new Object();

    private final JdbcClient jdbc;
    private final ChangeCounters counters;
    private final Map<String, CounterCache<List<GlossaryTerm>>> committed = new ConcurrentHashMap<>();

    GlossaryStore(JdbcClient jdbc, ChangeCounters counters) {
        this.jdbc = jdbc;
        this.counters = counters;
    }

    /** The terms of a source language, ordered by term; an unmodifiable list, the same one until the glossary changes. */
    public List<GlossaryTerm> all(String sourceLang) {
        if (WritingTransaction.wrote(WRITING)) {
            return load(sourceLang);
        }
        return committed.computeIfAbsent(sourceLang, lang -> new CounterCache<>(counters, COUNTER, () -> load(lang))).get();
    }

    private void written() {
        WritingTransaction.mark(WRITING);
        counters.bump(COUNTER);
    }

    private List<GlossaryTerm> load(String sourceLang) {
        return load(" where t.source_lang = ?", sourceLang);
    }

    /** The stored term with this text (case-insensitive): terms are unique per source language. */
    public java.util.Optional<GlossaryTerm> find(String sourceLang, String term) {
        return load(" where t.source_lang = ? and lower(t.term) = lower(?)", sourceLang, term).stream().findFirst();
    }

    private List<GlossaryTerm> load(String where, Object... params) {
        Map<Long, Map<String, String>> renderings = new HashMap<>();
        jdbc.sql("select r.term_id, r.lang, r.rendering from glossary_rendering r join glossary_term t on t.id = r.term_id" + where)
                .params(params)
                .query(rs -> {
                    renderings.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
                });
        Map<Long, List<GlossaryTerm.Variant>> variants = new HashMap<>();
        jdbc.sql("select v.term_id, v.lang, v.text, v.status from glossary_variant v join glossary_term t on t.id = v.term_id" + where
                        + " order by v.term_id, v.position")
                .params(params)
                .query(rs -> {
                    variants.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                            .add(new GlossaryTerm.Variant(rs.getString(2), rs.getString(3), TermStatus.valueOf(rs.getString(4))));
                });
        return List.copyOf(jdbc.sql("select * from glossary_term t" + where + " order by lower(t.term)").params(params)
                .query((rs, i) -> new GlossaryTerm(rs.getLong("id"), rs.getString("source_lang"), rs.getString("term"),
                        renderings.getOrDefault(rs.getLong("id"), Map.of()), rs.getString("note"),
                        rs.getBoolean("do_not_translate"), rs.getBoolean("case_sensitive"), variants.getOrDefault(rs.getLong("id"), List.of())))
                .list());
    }

    @Transactional
    public long insert(GlossaryTerm term) {
        written();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into glossary_term (source_lang, term, note, do_not_translate, case_sensitive) values (?, ?, ?, ?, ?)")
                .params(term.sourceLang(), term.term(), term.note(), term.doNotTranslate(), term.caseSensitive())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        insertRenderings(id, term);
        return id;
    }

    @Transactional
    public void update(GlossaryTerm term) {
        written();
        jdbc.sql("update glossary_term set term = ?, note = ?, do_not_translate = ?, case_sensitive = ? where id = ?")
                .params(term.term(), term.note(), term.doNotTranslate(), term.caseSensitive(), term.id()).update();
        jdbc.sql("delete from glossary_rendering where term_id = ?").param(term.id()).update();
        jdbc.sql("delete from glossary_variant where term_id = ?").param(term.id()).update();
        insertRenderings(term.id(), term);
    }

    private void insertRenderings(long id, GlossaryTerm term) {
        term.renderings().forEach((lang, rendering) ->
                jdbc.sql("insert into glossary_rendering (term_id, lang, rendering) values (?, ?, ?)")
                        .params(id, lang, rendering).update());
        for (int i = 0; i < term.variants().size(); i++) {
            GlossaryTerm.Variant v = term.variants().get(i);
            jdbc.sql("insert into glossary_variant (term_id, position, lang, text, status) values (?, ?, ?, ?, ?)")
                    .params(id, i, v.lang(), v.text(), v.status().name()).update();
        }
    }

    @Transactional
    public boolean delete(long id) {
        written();
        jdbc.sql("delete from glossary_rendering where term_id = ?").param(id).update();
        jdbc.sql("delete from glossary_variant where term_id = ?").param(id).update();
        return jdbc.sql("delete from glossary_term where id = ?").param(id).update() == 1;
    }

    /** Terms whose text, a rendering or a variant contains the text (case-insensitive, wildcards taken literally). */
    public List<GlossaryTerm> search(String sourceLang, String text, int limit) {
        String like = LikePattern.contains(text);
        List<Long> ids = jdbc.sql("""
                select t.id from glossary_term t where t.source_lang = ? and (lower(t.term) like ? escape '\\'
                or exists (select 1 from glossary_rendering r where r.term_id = t.id and lower(r.rendering) like ? escape '\\')
                or exists (select 1 from glossary_variant v where v.term_id = t.id and lower(v.text) like ? escape '\\'))
                order by lower(t.term) fetch first ? rows only""")
                .params(sourceLang, like, like, like, limit).query(Long.class).list();
        return all(sourceLang).stream().filter(t -> ids.contains(t.id())).toList();
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

package org.transdesk.memory.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.transdesk.memory.GlossaryTerm;

/** The glossary_term and glossary_rendering tables. */
@Repository
public class GlossaryStore {

    private final JdbcClient jdbc;

    GlossaryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<GlossaryTerm> all(String sourceLang) {
        Map<Long, Map<String, String>> renderings = new HashMap<>();
        jdbc.sql("select r.term_id, r.lang, r.rendering from glossary_rendering r join glossary_term t on t.id = r.term_id where t.source_lang = ?")
                .param(sourceLang)
                .query(rs -> {
                    renderings.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
                });
        return jdbc.sql("select * from glossary_term where source_lang = ? order by lower(term)").param(sourceLang)
                .query((rs, i) -> new GlossaryTerm(rs.getLong("id"), rs.getString("source_lang"), rs.getString("term"),
                        renderings.getOrDefault(rs.getLong("id"), Map.of()), rs.getString("note"),
                        rs.getBoolean("do_not_translate"), rs.getBoolean("case_sensitive")))
                .list();
    }

    public long insert(GlossaryTerm term) {
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
        jdbc.sql("update glossary_term set term = ?, note = ?, do_not_translate = ?, case_sensitive = ? where id = ?")
                .params(term.term(), term.note(), term.doNotTranslate(), term.caseSensitive(), term.id()).update();
        jdbc.sql("delete from glossary_rendering where term_id = ?").param(term.id()).update();
        term.renderings().forEach((lang, rendering) ->
                jdbc.sql("insert into glossary_rendering (term_id, lang, rendering) values (?, ?, ?)")
                        .params(term.id(), lang, rendering).update());
    }

    public boolean delete(long id) {
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

package org.transdesk.memory.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.transdesk.base.ChangeCounters;
import org.transdesk.base.CleanText;
import org.transdesk.language.LanguageTags;
import org.transdesk.memory.MemoryMatch;
import org.transdesk.memory.TextKey;
import org.transdesk.memory.TranslationUnit;

/**
 * The tm_unit table. A pair is stored once, identified by its languages and the keys of its source and
 * target: writing it again refreshes it (or, for imports, updates it when the incoming one is newer).
 * Every write first bumps the {@value #COUNTER} change counter: that serialises writers on its row lock,
 * so the look-before-insert below cannot race another node, and the value it returns marks the rows the
 * transaction wrote, which is how other nodes' fuzzy indexes catch up (see {@link FuzzyMemoryIndex}).
 */
@Repository
public class TmStore {

    public static final String COUNTER = "memory";
    /** Marks a transaction that wrote units (see {@link WritingTransaction}). */
    static final Object WRITING = new Object();
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ChangeCounters counters;

    TmStore(JdbcClient jdbc, JdbcTemplate template, ChangeCounters counters) {
        this.jdbc = jdbc;
        this.template = template;
        this.counters = counters;
    }

    /** How a write went: pairs added, existing pairs refreshed or updated, pairs left as they were. */
    public record Written(int added, int refreshed, int unchanged) {
    }

    /** When an incoming pair is already stored. */
    public enum Policy {
        /** Learned again: the stored pair takes the new date, user and origin. */
        REFRESH,
        /** Imported again: updated (dates, users, notes) only when the incoming pair changed later; else skipped. */
        UPDATE_WHEN_NEWER
    }

    public Optional<MemoryMatch> newest(String key, String sourceLang, String targetLang) {
        return jdbc.sql("""
                select source_text, target_text, origin from tm_unit
                where source_key = ? and source_base = ? and target_base = ?
                order by case when target_lang = ? then 0 else 1 end, changed_at desc, id desc fetch first 1 rows only""")
                .params(key, LanguageTags.base(sourceLang), LanguageTags.base(targetLang), LanguageTags.normalized(targetLang))
                .query((rs, i) -> new MemoryMatch(rs.getString(1), rs.getString(2), 100, rs.getString(3)))
                .optional();
    }

    @Transactional
    public Written write(Collection<UnitRecord> incoming, Policy policy) {
        long version = bump();
        Map<String, Prepared> byPair = new LinkedHashMap<>();
        for (UnitRecord record : incoming) {
            Prepared p = Prepared.of(record);
            if (p != null) {
                byPair.merge(p.pair(), p, (old, now) -> now.record().changedAt().isBefore(old.record().changedAt()) ? old : now);
            }
        }
        List<Prepared> all = new ArrayList<>(byPair.values());
        int added = 0;
        int refreshed = 0;
        int unchanged = 0;
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Prepared> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            Map<String, Existing> existing = existing(chunk);
            List<Prepared> inserts = new ArrayList<>();
            List<Prepared> updates = new ArrayList<>();
            for (Prepared p : chunk) {
                Existing e = existing.get(p.pair());
                if (e == null) {
                    inserts.add(p);
                } else if (policy == Policy.REFRESH || (p.record().dated() && p.record().changedAt().isAfter(e.changedAt()))) {
                    updates.add(p.withId(e.id()));
                } else {
                    unchanged++;
                }
            }
            insert(inserts, version);
            update(updates, version, policy);
            added += inserts.size();
            refreshed += updates.size();
        }
        return new Written(added, refreshed, unchanged);
    }

    /** A cleaned, keyed unit ready to store; {@code id} once it is known to exist. */
    private record Prepared(UnitRecord record, String sourceLang, String targetLang, String sourceKey, String targetKey,
                            String source, String target, long id) {

        static Prepared of(UnitRecord r) {
            TranslationUnit u = r.unit();
            String source = u.sourceText() == null ? "" : clean(u.sourceText());
            String target = u.targetText() == null ? "" : clean(u.targetText());
            if (source.isEmpty() || target.isEmpty() || u.sourceLang() == null || u.targetLang() == null) {
                return null;
            }
            return new Prepared(r, LanguageTags.normalized(u.sourceLang()), LanguageTags.normalized(u.targetLang()),
                    TextKey.of(source), TextKey.ofTarget(target), source, target, 0);
        }

        String pair() {
            return sourceLang + '\u0001' + targetLang + '\u0001' + sourceKey + '\u0001' + targetKey;
        }

        Prepared withId(long id) {
            return new Prepared(record, sourceLang, targetLang, sourceKey, targetKey, source, target, id);
        }
    }

    private record Existing(long id, Instant changedAt) {
    }

    /** The stored pairs among these, looked up per language pair through the unique index. */
    private Map<String, Existing> existing(List<Prepared> chunk) {
        Map<String, List<Prepared>> byLanguages = new LinkedHashMap<>();
        chunk.forEach(p -> byLanguages.computeIfAbsent(p.sourceLang() + '\u0001' + p.targetLang(), k -> new ArrayList<>()).add(p));
        Map<String, Existing> found = new HashMap<>();
        for (List<Prepared> same : byLanguages.values()) {
            List<Object> params = new ArrayList<>(List.of(same.getFirst().sourceLang(), same.getFirst().targetLang()));
            same.forEach(p -> params.add(p.sourceKey()));
            jdbc.sql("select id, source_lang, target_lang, source_key, target_key, changed_at from tm_unit where source_lang = ? and target_lang = ?"
                            + " and source_key in (" + String.join(",", java.util.Collections.nCopies(same.size(), "?")) + ")")
                    .params(params)
                    .query(rs -> {
                        String pair = rs.getString(2) + '\u0001' + rs.getString(3) + '\u0001' + rs.getString(4) + '\u0001' + rs.getString(5);
                        found.put(pair, new Existing(rs.getLong(1), rs.getObject(6, OffsetDateTime.class).toInstant()));
                    });
        }
        return found;
    }

    private void insert(List<Prepared> rows, long version) {
        if (rows.isEmpty()) {
            return;
        }
        var keys = new GeneratedKeyHolder();
        template.batchUpdate(con -> con.prepareStatement("""
                insert into tm_unit (source_lang, target_lang, source_base, target_base, source_key, target_key, source_text, target_text,
                segment, origin, article_id, created_at, created_by, changed_at, changed_by, change_version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"}), new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                Prepared p = rows.get(i);
                UnitRecord r = p.record();
                ps.setString(1, p.sourceLang());
                ps.setString(2, p.targetLang());
                ps.setString(3, LanguageTags.base(p.sourceLang()));
                ps.setString(4, LanguageTags.base(p.targetLang()));
                ps.setString(5, p.sourceKey());
                ps.setString(6, p.targetKey());
                ps.setString(7, p.source());
                ps.setString(8, p.target());
                ps.setString(9, r.unit().segment() == null ? "paragraph" : r.unit().segment());
                ps.setString(10, limit(clean(r.unit().origin()), 200));
                ps.setObject(11, r.unit().articleId());
                ps.setTimestamp(12, Timestamp.from(r.createdAt()));
                ps.setString(13, limit(clean(r.createdBy()), 64));
                ps.setObject(14, utc(r.changedAt()));
                ps.setString(15, limit(clean(r.changedBy()), 64));
                ps.setLong(16, version);
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        }, keys);
        List<Map<String, Object>> ids = keys.getKeyList();
        for (int i = 0; i < rows.size(); i++) {
            insertNotes(((Number) ids.get(i).values().iterator().next()).longValue(), rows.get(i).record().notes());
        }
    }

    private void update(List<Prepared> rows, long version, Policy policy) {
        if (rows.isEmpty()) {
            return;
        }
        template.batchUpdate("""
                update tm_unit set source_text = ?, origin = ?, changed_at = ?, changed_by = ?, change_version = ?,
                article_id = coalesce(?, article_id) where id = ?""", new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                Prepared p = rows.get(i);
                ps.setString(1, p.source());
                ps.setString(2, limit(clean(p.record().unit().origin()), 200));
                ps.setObject(3, utc(p.record().changedAt()));
                ps.setString(4, limit(clean(p.record().changedBy()), 64));
                ps.setLong(5, version);
                ps.setObject(6, p.record().unit().articleId());
                ps.setLong(7, p.id());
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        });
        if (policy == Policy.UPDATE_WHEN_NEWER) {
            for (Prepared p : rows) {
                jdbc.sql("delete from tm_unit_note where unit_id = ?").param(p.id()).update();
                insertNotes(p.id(), p.record().notes());
            }
        }
    }

    private void insertNotes(long unitId, List<UnitRecord.UnitNote> notes) {
        for (int i = 0; i < notes.size(); i++) {
            UnitRecord.UnitNote n = notes.get(i);
            jdbc.sql("insert into tm_unit_note (unit_id, position, level, kind, note_type, lang, text) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(unitId, i, n.level(), n.kind(), limit(clean(n.type()), 200), n.lang(), limit(clean(n.text()), 10_000)).update();
        }
    }

    /** Deletes units by id (they go from every node's fuzzy index too); returns how many existed. */
    @Transactional
    public int delete(Collection<Long> ids) {
        long version = bump();
        int deleted = 0;
        for (long id : ids) {
            if (jdbc.sql("delete from tm_unit where id = ?").param(id).update() == 1) {
                jdbc.sql("insert into tm_unit_removal (unit_id, change_version) values (?, ?)").params(id, version).update();
                deleted++;
            }
        }
        return deleted;
    }

    /** Every unit of a source language with its dates, users and notes, for a TMX export. */
    public List<UnitRecord> allRecords(String sourceLang) {
        Map<Long, List<UnitRecord.UnitNote>> notes = new HashMap<>();
        jdbc.sql("select n.unit_id, n.level, n.kind, n.note_type, n.lang, n.text from tm_unit_note n join tm_unit u on u.id = n.unit_id"
                        + " where u.source_base = ? order by n.unit_id, n.position")
                .param(LanguageTags.base(sourceLang))
                .query(rs -> {
                    notes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new UnitRecord.UnitNote(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                });
        return jdbc.sql("""
                select id, source_lang, target_lang, source_text, target_text, segment, origin, article_id, created_at, created_by, changed_at, changed_by
                from tm_unit where source_base = ? order by id""")
                .param(LanguageTags.base(sourceLang))
                .query((rs, i) -> new UnitRecord(new TranslationUnit(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), (Long) rs.getObject(8, Long.class)),
                        rs.getTimestamp(9).toInstant(), rs.getString(10), rs.getObject(11, OffsetDateTime.class).toInstant(), rs.getString(12),
                        notes.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    /** Concordance: units whose source or target contains the text (case-insensitive, wildcards taken literally), newest first. */
    public List<TranslationUnit> search(String sourceLang, String text, int limit) {
        String like = LikePattern.contains(text);
        return jdbc.sql("""
                select source_lang, target_lang, source_text, target_text, segment, origin, article_id from tm_unit
                where source_base = ? and (lower(source_text) like ? escape '\\' or lower(target_text) like ? escape '\\')
                order by changed_at desc, id desc fetch first ? rows only""")
                .params(LanguageTags.base(sourceLang), like, like, limit)
                .query((rs, i) -> new TranslationUnit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), (Long) rs.getObject(7, Long.class)))
                .list();
    }

    public List<TranslationUnit> all(String sourceLang) {
        return jdbc.sql("select source_lang, target_lang, source_text, target_text, segment, origin, article_id from tm_unit where source_base = ? order by id")
                .param(LanguageTags.base(sourceLang))
                .query((rs, i) -> new TranslationUnit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), (Long) rs.getObject(7, Long.class)))
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from tm_unit").query(Long.class).single();
    }

    private long bump() {
        WritingTransaction.mark(WRITING);
        return counters.bump(COUNTER);
    }

    private static String clean(String text) {
        return text == null ? null : CleanText.of(text).strip();
    }

    private static String limit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}

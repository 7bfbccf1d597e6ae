package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.transdesk.language.LanguageTags;
import org.transdesk.memory.TextKey;

/**
 * Gives every translation unit the keys it is identified by (languages in canonical case, their language
 * subtags, the source and target keys) and merges the duplicates that approvals used to add: of each
 * group of equal pairs the newest row stays (lookups always preferred it), dated from the group's first
 * learning to its last. In Java because SHA-256 is spelled differently in H2 and PostgreSQL SQL.
 */
public class V7_2__Memory_unit_keys extends BaseJavaMigration {

    private static final int BATCH = 1000;

    private record Row(long id, String sourceLang, String targetLang, String sourceBase, String targetBase,
                       String sourceKey, String targetKey, Timestamp createdAt) {
        String pair() {
            return sourceLang + '\u0001' + targetLang + '\u0001' + sourceKey + '\u0001' + targetKey;
        }
    }

    /** What stays of a group of equal pairs: the newest row, the first and the last time it was learned. */
    private static final class Kept {
        Row newest;
        Timestamp first;
        Timestamp last;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Map<String, Kept> pairs = new HashMap<>();
        List<Long> duplicates = new ArrayList<>();
        try (Statement select = connection.createStatement();
             ResultSet rs = select.executeQuery("select id, source_lang, target_lang, source_text, target_text, created_at from tm_unit order by id")) {
            while (rs.next()) {
                String sourceLang = LanguageTags.normalized(rs.getString(2));
                String targetLang = LanguageTags.normalized(rs.getString(3));
                Row row = new Row(rs.getLong(1), sourceLang, targetLang, LanguageTags.base(sourceLang), LanguageTags.base(targetLang),
                        TextKey.of(rs.getString(4)), TextKey.ofTarget(rs.getString(5)), rs.getTimestamp(6));
                Kept kept = pairs.computeIfAbsent(row.pair(), k -> new Kept());
                if (kept.newest != null) {
                    duplicates.add(kept.newest.id()); // rows come by id: the later one is newer
                }
                kept.newest = row;
                kept.first = kept.first == null || row.createdAt().before(kept.first) ? row.createdAt() : kept.first;
                kept.last = kept.last == null || row.createdAt().after(kept.last) ? row.createdAt() : kept.last;
            }
        }
        try (PreparedStatement delete = connection.prepareStatement("delete from tm_unit where id = ?")) {
            int pending = 0;
            for (long id : duplicates) {
                delete.setLong(1, id);
                delete.addBatch();
                if (++pending % BATCH == 0) {
                    delete.executeBatch();
                }
            }
            delete.executeBatch();
        }
        try (PreparedStatement update = connection.prepareStatement("""
                update tm_unit set source_lang = ?, target_lang = ?, source_base = ?, target_base = ?, source_key = ?, target_key = ?,
                created_at = ?, changed_at = ? where id = ?""")) {
            int pending = 0;
            for (Kept kept : pairs.values()) {
                Row row = kept.newest;
                update.setString(1, row.sourceLang());
                update.setString(2, row.targetLang());
                update.setString(3, row.sourceBase());
                update.setString(4, row.targetBase());
                update.setString(5, row.sourceKey());
                update.setString(6, row.targetKey());
                update.setTimestamp(7, kept.first);
                // the old column held the node's local time; the new one is an instant
                update.setObject(8, OffsetDateTime.ofInstant(kept.last.toInstant(), ZoneOffset.UTC));
                update.setLong(9, row.id());
                update.addBatch();
                if (++pending % BATCH == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
    }
}

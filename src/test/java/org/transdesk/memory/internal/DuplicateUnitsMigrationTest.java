package org.transdesk.memory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The memory of a running newsroom (duplicates from repeated approvals) is merged by the V7 migrations. */
class DuplicateUnitsMigrationTest {

    @Test
    void existing_duplicate_units_are_merged_into_the_newest_dated_from_first_to_last_learning() {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:duplicate-units-migration;DB_CLOSE_DELAY=-1");
        db.setUser("sa");
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target("5").load().migrate();
        JdbcClient jdbc = JdbcClient.create(db);
        String insert = "insert into tm_unit (source_lang, target_lang, source_key, source_text, target_text, segment, origin, article_id, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        String source = "Rice exports rose in May.";
        for (int day = 1; day <= 3; day++) {
            jdbc.sql(insert).params("en", "ru", "old-key", source, "Экспорт риса вырос в мае.", "paragraph", "approved ru v" + day + " of article 1", 1,
                    Timestamp.valueOf(LocalDateTime.of(2026, 5, day, 10, 0))).update();
        }
        jdbc.sql(insert).params("en", "ru", "old-key", source, "В мае экспорт риса вырос.", "paragraph", "approved ru v4 of article 1", 1,
                Timestamp.valueOf(LocalDateTime.of(2026, 5, 4, 10, 0))).update();
        jdbc.sql(insert).params("EN", "vi_VN", "old-key", source, "Xuất khẩu gạo tăng trong tháng Năm.", "paragraph", "TMX import", null,
                Timestamp.valueOf(LocalDateTime.of(2026, 5, 5, 10, 0))).update();

        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();

        List<Map<String, Object>> rows = jdbc.sql("select source_lang, target_lang, target_base, target_text, origin, created_at, changed_at from tm_unit order by id")
                .query().listOfRows();
        assertThat(rows).extracting(r -> r.get("TARGET_TEXT"))
                .containsExactly("Экспорт риса вырос в мае.", "В мае экспорт риса вырос.", "Xuất khẩu gạo tăng trong tháng Năm.");
        assertThat(rows.getFirst().get("ORIGIN")).isEqualTo("approved ru v3 of article 1");
        assertThat(((java.time.OffsetDateTime) rows.getFirst().get("CREATED_AT")).toInstant())
                .isEqualTo(Timestamp.valueOf(LocalDateTime.of(2026, 5, 1, 10, 0)).toInstant());
        assertThat(((java.time.OffsetDateTime) rows.getFirst().get("CHANGED_AT")).toInstant())
                .isEqualTo(Timestamp.valueOf(LocalDateTime.of(2026, 5, 3, 10, 0)).toInstant());
        assertThat(rows.get(2)).containsEntry("SOURCE_LANG", "en").containsEntry("TARGET_LANG", "vi-VN").containsEntry("TARGET_BASE", "vi");
        assertThat(jdbc.sql("select count(distinct source_key) from tm_unit").query(Long.class).single())
                .as("source keys recomputed").isOne();
    }
}

package org.transdesk.export.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.transdesk.article.Output;

/** xliff_export: which approved version went out as XLIFF, when and by whom; rows are only added. */
@Repository
public class XliffExportRepository {

    /** One export: the version it carried. */
    public record Record(long versionId, String xliffVersion, String exportedBy, Instant exportedAt) {
    }

    private final JdbcClient jdbc;

    XliffExportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long articleId, Output output, long versionId, String xliffVersion, String user) {
        jdbc.sql("insert into xliff_export (article_id, output_key, version_id, xliff_version, exported_by, exported_at) values (?, ?, ?, ?, ?, ?)")
                .params(articleId, output.key(), versionId, xliffVersion, user, OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    /** Every XLIFF export of an output, newest first. */
    public List<Record> forOutput(long articleId, Output output) {
        return jdbc.sql("select version_id, xliff_version, exported_by, exported_at from xliff_export where article_id = ? and output_key = ? order by exported_at desc, id desc")
                .params(articleId, output.key())
                .query((rs, i) -> new Record(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
    }
}

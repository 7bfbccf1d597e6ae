package org.transdesk.review.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.transdesk.article.Output;
import org.transdesk.review.PostEditSource;

/** approved_version and the ENGINE rows of segment_revision, read together for post-edit figures. */
@Repository
public class PostEditReads {

    private final JdbcClient jdbc;

    PostEditReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> versionId(long articleId, Output output, int number) {
        return jdbc.sql("select id from approved_version where article_id = ? and output_key = ? and number = ?")
                .params(articleId, output.key(), number).query(Long.class).optional();
    }

    public List<Long> versionIdsAfter(long afterId, int limit) {
        return jdbc.sql("select id from approved_version where id > ? order by id fetch first " + Math.max(1, limit) + " rows only")
                .param(afterId).query(Long.class).list();
    }

    private record Head(long id, long articleId, Output output, int number, String language, String approvedBy, Instant approvedAt,
                        org.transdesk.review.DraftProvenance provenance) {
    }

    private record EngineText(String text, Instant at) {
    }

    public Optional<PostEditSource> source(long versionId) {
        Optional<Head> head = jdbc.sql("""
                        select v.*, a.source_lang from approved_version v join article a on a.id = v.article_id where v.id = ?""")
                .param(versionId).query((rs, i) -> {
                    Output output = Output.ofKey(rs.getString("output_key")).orElseThrow();
                    return new Head(rs.getLong("id"), rs.getLong("article_id"), output, rs.getInt("number"),
                            output.language(rs.getString("source_lang")), rs.getString("approved_by"),
                            rs.getTimestamp("approved_at").toInstant(), DraftRepository.provenance(rs));
                }).optional();
        return head.map(this::withTexts);
    }

    private PostEditSource withTexts(Head head) {
        List<Integer> positions = new ArrayList<>();
        List<String> approved = new ArrayList<>();
        jdbc.sql("select position, text from approved_segment where version_id = ? order by position").param(head.id())
                .query(rs -> {
                    positions.add(rs.getInt("position"));
                    approved.add(rs.getString("text"));
                });
        // the last ENGINE revision of each position written before the approval
        Map<Integer, EngineText> engine = new HashMap<>();
        jdbc.sql("""
                        select r.position, r.revision, r.text, r.created_at from segment_revision r join draft d on d.id = r.draft_id
                        where d.article_id = ? and d.output_key = ? and r.kind = 'ENGINE' and r.created_at <= ?
                        order by r.position, r.revision""")
                .params(head.articleId(), head.output().key(), Timestamp.from(head.approvedAt()))
                .query(rs -> {
                    engine.put(rs.getInt("position"), new EngineText(rs.getString("text"), rs.getTimestamp("created_at").toInstant()));
                });
        List<String> machine = new ArrayList<>();
        Instant draftedAt = null;
        for (int position : positions) {
            EngineText text = engine.get(position);
            machine.add(text == null ? null : text.text());
            if (text != null && (draftedAt == null || text.at().isBefore(draftedAt))) {
                draftedAt = text.at();
            }
        }
        return new PostEditSource(head.id(), head.articleId(), head.output(), head.number(), head.language(), head.approvedBy(),
                head.approvedAt(), head.provenance(), approved, machine, draftedAt);
    }
}

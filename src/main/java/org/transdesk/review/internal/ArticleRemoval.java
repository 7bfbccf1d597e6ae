package org.transdesk.review.internal;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.transdesk.article.ApprovedWork;
import org.transdesk.article.ArticleDeleting;

/**
 * Removes review's rows about an article an admin deletes, inside the deleting transaction: drafts with
 * their segments, revisions and comments, generation runs, and (only when so chosen) approved versions
 * with their QA findings and export marks. Runs after the export feature's own listener (XLIFF export
 * records refer to versions).
 */
@Component
class ArticleRemoval {

    private static final String DRAFTS = "(select id from draft where article_id = ?)";
    private static final String VERSIONS = "(select id from approved_version where article_id = ?)";

    private final JdbcClient jdbc;

    ArticleRemoval(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(2)
    void on(ArticleDeleting deleting) {
        long id = deleting.articleId();
        update("delete from segment_comment where parent_id is not null and draft_id in " + DRAFTS, id);
        update("delete from segment_comment where draft_id in " + DRAFTS, id);
        update("delete from segment_revision where draft_id in " + DRAFTS, id);
        update("delete from draft_segment where draft_id in " + DRAFTS, id);
        update("delete from draft where article_id = ?", id);
        update("delete from generation_run_output where run_id in (select id from generation_run where article_id = ?)", id);
        update("delete from generation_run where article_id = ?", id);
        if (deleting.approvedWork() == ApprovedWork.REMOVE) {
            update("delete from version_qa_finding where version_id in " + VERSIONS, id);
            update("delete from version_export where version_id in " + VERSIONS, id);
            update("delete from approved_segment where version_id in " + VERSIONS, id);
            update("delete from approved_version where article_id = ?", id);
        }
    }

    private void update(String sql, long id) {
        jdbc.sql(sql).param(id).update();
    }
}

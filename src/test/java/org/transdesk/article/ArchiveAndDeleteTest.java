package org.transdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.audit.AuditEvent;
import org.transdesk.audit.AuditLog;
import org.transdesk.base.UserFacingException;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.GeneratedDraft;
import org.transdesk.support.Fixtures;
import org.transdesk.support.IntegrationTest;

/** #15: admins archive (soft-delete) and restore articles, and delete archived ones choosing what becomes of approved work. */
@IntegrationTest
class ArchiveAndDeleteTest {

    @Autowired
    ArticleService articles;
    @Autowired
    DraftingService drafting;
    @Autowired
    ApprovalService approval;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void an_editor_cannot_archive_or_delete_whatever_the_screen_shows() {
        Article article = articles.importText("Editors story\nOne paragraph.");

        assertThatThrownBy(() -> articles.archive(article.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> articles.delete(article.id(), ApprovedWork.REMOVE)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "boss", roles = {"EDITOR", "REVIEWER", "ADMIN"})
    void an_archived_article_leaves_the_library_until_restored_and_both_are_audited() {
        Article article = articles.importText("Zorvath mine closes\nThe mine closed.");

        articles.archive(article.id());

        assertThat(titles(LibraryQuery.search("zorvath mine"))).isEmpty();
        assertThat(titles(new LibraryQuery("zorvath mine", true, null, null))).containsExactly("Zorvath mine closes");
        assertThat(articles.list("zorvath mine")).isEmpty();

        articles.restore(article.id());

        assertThat(titles(LibraryQuery.search("zorvath mine"))).containsExactly("Zorvath mine closes");
        assertThat(audit.forArticle(article.id()).stream().map(AuditEvent::action)).contains("article.archived", "article.restored");
    }

    @Test
    @WithMockUser(username = "boss", roles = {"EDITOR", "REVIEWER", "ADMIN"})
    void an_article_in_use_must_be_archived_before_it_is_deleted() {
        Article article = articles.importText("Pelmark school opens\nPupils arrived.");

        assertThatThrownBy(() -> articles.delete(article.id(), ApprovedWork.REMOVE)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("archive it");
        assertThat(articles.get(article.id()).title()).isEqualTo("Pelmark school opens");
    }

    @Test
    @WithMockUser(username = "boss", roles = {"EDITOR", "REVIEWER", "ADMIN"})
    void deleting_and_keeping_approved_work_keeps_the_versions_but_not_the_article() {
        Article article = approvedArticle("Trellin harbour dredged\nThe harbour was dredged.");
        articles.archive(article.id());

        articles.delete(article.id(), ApprovedWork.KEEP);

        assertThatThrownBy(() -> articles.get(article.id())).isInstanceOf(ArticleNotFoundException.class);
        assertThat(titles(new LibraryQuery("trellin harbour", true, null, null))).isEmpty();
        assertThat(count("approved_version", article.id())).isEqualTo(1);
        assertThat(count("draft", article.id())).isZero();
        assertThat(audit.forArticle(article.id()).getLast().detail()).contains("kept");
    }

    @Test
    @WithMockUser(username = "boss", roles = {"EDITOR", "REVIEWER", "ADMIN"})
    void deleting_and_removing_approved_work_removes_every_row_of_the_article() {
        Article article = approvedArticle("Quenby bridge painted\nThe bridge was painted.");
        articles.archive(article.id());

        articles.delete(article.id(), ApprovedWork.REMOVE);

        assertThat(count("approved_version", article.id())).isZero();
        assertThat(count("draft", article.id())).isZero();
        assertThat(count("article", article.id())).isZero();
        assertThat(audit.forArticle(article.id()).getLast().action()).isEqualTo("article.deleted");
        assertThat(audit.forArticle(article.id()).getLast().detail()).contains("removed");
    }

    private Article approvedArticle(String text) {
        Article article = articles.importText(text);
        GeneratedDraft generated = new GeneratedDraft(List.of(new GeneratedDraft.Segment("Tiêu đề", "MODEL", null, null),
                new GeneratedDraft.Segment("Một đoạn.", "MODEL", null, null)), Fixtures.offlineProvenance());
        var draft = drafting.saveGenerated(article.id(), Output.VI, article.sourceRevision(), generated);
        approval.approve(draft.id(), "test fixture: hand-written output");
        return article;
    }

    private int count(String table, long articleId) {
        return jdbc.sql("select count(*) from " + table + " where " + (table.equals("article") ? "id" : "article_id") + " = ?")
                .param(articleId).query(Integer.class).single();
    }

    private List<String> titles(LibraryQuery query) {
        return articles.page(query, 0, 10).stream().map(ArticleListing::title).toList();
    }
}

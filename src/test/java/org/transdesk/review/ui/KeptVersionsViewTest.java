package org.transdesk.review.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.ApprovedWork;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.base.ui.AccessDeniedView;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.ApprovedVersion;
import org.transdesk.review.DraftingService;
import org.transdesk.review.GeneratedDraft;
import org.transdesk.review.KeptVersion;
import org.transdesk.review.KeptVersions;
import org.transdesk.support.Fixtures;

/**
 * #15: approved versions kept when an admin deleted their article had no screen. An admin now lists them (title, output,
 * version, approver, time, SHA-256), reads and downloads the text; an editor can open neither the screen nor the service.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:kept-versions;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false"})
class KeptVersionsViewTest extends SpringBrowserlessTest {

    @Autowired ArticleService articles;
    @Autowired DraftingService drafting;
    @Autowired ApprovalService approval;
    @Autowired KeptVersions kept;

    @Test
    @WithMockUser(username = "boss", roles = {"EDITOR", "REVIEWER", "ADMIN"})
    void an_admin_lists_reads_and_downloads_the_versions_kept_of_deleted_articles() {
        String title = "Vellmark ferry retired " + System.nanoTime();
        Article deleted = articles.importText(title + "\nThe ferry made its last crossing.");
        ApprovedVersion version = approve(deleted, "Phà Vellmark ngừng hoạt động", "Chuyến phà đã thực hiện chuyến cuối cùng.");
        articles.archive(deleted.id());
        articles.delete(deleted.id(), ApprovedWork.KEEP);
        Article living = articles.importText("Still in the library " + System.nanoTime() + "\nA paragraph.");
        approve(living, "Vẫn còn trong thư viện", "Một đoạn.");

        navigate(KeptVersionsView.class);
        @SuppressWarnings("unchecked")
        Grid<KeptVersion> grid = $(Grid.class).id("kept-versions");
        List<KeptVersion> rows = grid.getListDataView().getItems().toList();

        assertThat(rows).extracting(KeptVersion::articleTitle).contains(title).doesNotContain(living.title());
        KeptVersion row = rows.stream().filter(r -> r.articleTitle().equals(title)).findFirst().orElseThrow();
        assertThat(row.outputKey()).isEqualTo("vi");
        assertThat(row.language()).isEqualTo("vi");
        assertThat(row.number()).isEqualTo(1);
        assertThat(row.approvedBy()).isEqualTo("boss");
        assertThat(row.sha256()).isEqualTo(version.contentHash()).hasSize(64);
        assertThat(grid.getColumns()).extracting(c -> c.getHeaderText())
                .contains("Article", "Output", "Version", "Approved by", "SHA-256");

        Component actions = test(grid).getCellComponent(rows.indexOf(row), "actions");
        Button read = $(Button.class, actions).id("kept-view-" + row.versionId());
        assertThat(read.getText()).isEqualTo("Read");
        read.click();
        Dialog dialog = $(Dialog.class).single();
        Div text = $(Div.class, dialog).id("kept-version-text");
        assertThat(text.getElement().getAttribute("lang")).isEqualTo("vi");
        assertThat($(Paragraph.class, text).all()).extracting(Paragraph::getText)
                .containsExactly("Phà Vellmark ngừng hoạt động", "Chuyến phà đã thực hiện chuyến cuối cùng.");
        assertThat($(Anchor.class, dialog).id("kept-dialog-download-" + row.versionId()).getText()).isEqualTo("Download .txt");
        assertThat(KeptVersionsView.fileName(row)).endsWith(".vi.v1.txt");
        assertThat(KeptVersions.text(kept.paragraphs(row.versionId()).orElseThrow()))
                .isEqualTo("Phà Vellmark ngừng hoạt động\n\nChuyến phà đã thực hiện chuyến cuối cùng.\n");
        // a version of an article still in the library is not read through this screen
        assertThat(kept.paragraphs(approval.latestApproved(living.id(), Output.VI).orElseThrow().id())).isEmpty();
    }

    @Test
    @WithMockUser(username = "boss", roles = {"EDITOR", "REVIEWER", "ADMIN"})
    void the_screen_speaks_vietnamese() {
        com.vaadin.flow.component.UI.getCurrent().setLocale(Locale.forLanguageTag("vi"));
        navigate(KeptVersionsView.class);
        assertThat($(com.vaadin.flow.component.html.H1.class).single().getText()).isEqualTo("Phiên bản đã duyệt của các bài đã xóa");
        assertThat($(Paragraph.class).id("kept-versions-intro").getText()).isIn(
                "Không có phiên bản đã duyệt nào của bài đã xóa được lưu giữ.",
                "Các bài dưới đây đã bị xóa nhưng phiên bản đã duyệt vẫn được giữ lại để lưu hồ sơ. Có thể đọc ngay tại đây hoặc tải văn bản về.");
    }

    @Test
    @WithMockUser(username = "ed", roles = "EDITOR")
    void an_editor_can_open_neither_the_screen_nor_the_kept_versions() {
        navigate("admin/kept-versions", AccessDeniedView.class);
        assertThatThrownBy(() -> kept.ofDeletedArticles()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> kept.paragraphs(1)).isInstanceOf(AccessDeniedException.class);
    }

    private ApprovedVersion approve(Article article, String... vietnamese) {
        GeneratedDraft generated = new GeneratedDraft(java.util.Arrays.stream(vietnamese)
                .map(t -> new GeneratedDraft.Segment(t, "MODEL", null, null)).toList(), Fixtures.offlineProvenance());
        var draft = drafting.saveGenerated(article.id(), Output.VI, article.sourceRevision(), generated);
        return approval.approve(draft.id(), "test fixture: hand-written output");
    }
}

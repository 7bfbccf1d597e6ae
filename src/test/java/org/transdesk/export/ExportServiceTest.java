package org.transdesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.EditingService;
import org.transdesk.support.Fixtures;
import org.transdesk.support.IntegrationTest;

@IntegrationTest
@WithMockUser(username = "vera", roles = {"EDITOR", "REVIEWER"})
class ExportServiceTest {

    @Autowired
    ArticleService articles;
    @Autowired
    DraftService drafts;
    @Autowired ApprovalService approval;
    @Autowired DraftingService drafting;
    @Autowired EditingService editing;
    @Autowired
    ExportService exports;

    @Test
    void an_output_without_an_approved_version_is_not_exported() {
        Article article = articles.importText("date 2023-03-03 Bridge opens\nCars crossed.");
        drafting.saveGenerated(article.id(), Output.VI, 1, Fixtures.draft("Cầu thông xe", "Ô tô đã qua cầu."));

        assertThatThrownBy(() -> exports.exportMarkdown(article.id(), Output.VI))
                .isInstanceOf(ExportException.class).hasMessageContaining("no approved version");
        assertThat(Path.of("target/it-exports", article.slug(), "vi.md")).doesNotExist();
    }

    @Test
    void the_latest_approved_version_lands_under_the_export_root_and_not_later_edits() throws Exception {
        Article article = articles.importText("date 2023-03-04 Bridge opens again\nCars crossed.");
        Draft draft = drafting.saveGenerated(article.id(), Output.VI, 1, Fixtures.draft("Cầu thông xe lần nữa", "Ô tô đã qua cầu."));
        approval.approve(draft.id());
        editing.editSegment(draft.id(), 1, "Bản nháp chưa duyệt.", 1);

        ExportedFile file = exports.exportMarkdown(article.id(), Output.VI);

        assertThat(file.path()).isEqualTo(Path.of("target/it-exports", article.slug(), "vi.md").toAbsolutePath());
        String markdown = Files.readString(file.path(), StandardCharsets.UTF_8);
        assertThat(markdown).contains("# Cầu thông xe lần nữa").contains("Ô tô đã qua cầu.").contains("lang: vi")
                .contains("version: 1").doesNotContain("Bản nháp chưa duyệt.");
        assertThat(file.content()).isEqualTo(Files.readAllBytes(file.path()));
    }
}

package org.transdesk.export.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.base.ui.Messages;
import org.transdesk.export.ExportFormat;
import org.transdesk.export.ExportService;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.DraftingService;
import org.transdesk.support.Fixtures;
import org.transdesk.support.IntegrationTest;

/**
 * Issue #15: a Vietnamese editor uploading the XLIFF file of another article on the Export page reads the refusal in
 * Vietnamese, with the article's title as written (on the old code: "This file belongs to article …").
 */
@IntegrationTest
@WithMockUser(username = "lan", roles = {"EDITOR", "REVIEWER"})
class InterchangeRefusalLanguageTest extends SpringBrowserlessTest {

    @Autowired ArticleService articles;
    @Autowired DraftingService drafting;
    @Autowired ApprovalService approval;
    @Autowired ExportService exports;

    private Article approvedRussian(String title, String paragraph, String ruTitle, String ruParagraph) {
        Article article = articles.importText(title + "\n" + paragraph);
        var draft = drafting.saveGenerated(article.id(), Output.RU, article.sourceRevision(), Fixtures.draft(ruTitle, ruParagraph));
        approval.approve(draft.id(), "test fixture");
        return article;
    }

    @Test
    void a_vietnamese_editor_reads_that_the_file_belongs_to_another_article_in_vietnamese() {
        UI.getCurrent().setLocale(Messages.VIETNAMESE);
        Article first = approvedRussian("Dam finished " + System.nanoTime(), "The dam is finished.", "Плотина достроена", "Плотина готова.");
        Article second = approvedRussian("Ferry opens " + System.nanoTime(), "Cars crossed the river.", "Паром открыт", "Машины переправились.");
        byte[] secondFile = exports.export(second.id(), Output.RU, ExportFormat.XLIFF).content();

        navigate(InterchangeView.class, Map.of("articleId", String.valueOf(first.id())));
        test($(Upload.class).id("xliff-upload")).upload("edited.xlf", "application/xliff+xml", secondFile);

        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Tệp này thuộc bài " + second.id() + " \"" + second.title() + "\", không phải bài \"" + first.title()
                        + "\": hãy nhập tệp từ trang Xuất của bài đó. Chưa nhập gì.");
    }
}

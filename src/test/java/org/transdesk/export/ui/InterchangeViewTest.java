package org.transdesk.export.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.export.ExportFormat;
import org.transdesk.export.ExportService;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.EditingService;
import org.transdesk.review.GeneratedDraft;
import org.transdesk.support.Fixtures;
import org.transdesk.support.IntegrationTest;

@IntegrationTest
@WithMockUser(username = "rita", roles = {"EDITOR", "REVIEWER"})
class InterchangeViewTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;
    @Autowired
    DraftService drafts;
    @Autowired
    DraftingService drafting;
    @Autowired
    EditingService editing;
    @Autowired
    ApprovalService approval;
    @Autowired
    ExportService exports;

    private Article approvedRussian(String title, String paragraph, String ruTitle, String ruParagraph) {
        Article article = articles.importText(title + "\n" + paragraph);
        GeneratedDraft generated = Fixtures.draft(ruTitle, ruParagraph);
        var draft = drafting.saveGenerated(article.id(), Output.RU, article.sourceRevision(), generated);
        approval.approve(draft.id(), "test fixture");
        return article;
    }

    private void upload(String file) {
        test($(Upload.class).id("xliff-upload")).upload("edited.xlf", "application/xliff+xml", file.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_editor_sees_the_merge_resolves_a_conflict_and_imports() {
        Article article = approvedRussian("Port reopens", "Ships returned to the port.", "Порт снова открыт", "Суда вернулись в порт.");
        String file = new String(exports.export(article.id(), Output.RU, ExportFormat.XLIFF).content(), StandardCharsets.UTF_8)
                .replace("<target>Порт снова открыт</target>", "<target>Порт вновь открыт</target>")
                .replace("<target>Суда вернулись в порт.</target>", "<target>Корабли вернулись в порт.</target>");
        var draft = drafts.find(article.id(), Output.RU).orElseThrow();
        editing.editSegment(draft.id(), 1, "Суда снова вернулись в порт.", draft.segments().get(1).revision());
        navigate(InterchangeView.class, Map.of("articleId", String.valueOf(article.id())));

        upload(file);

        assertThat($(Paragraph.class).id("xliff-from-file").getText()).contains("Headline");
        assertThat($(Paragraph.class).id("xliff-conflicts").getText()).contains("¶1");
        assertThat(drafts.find(article.id(), Output.RU).orElseThrow().texts()).containsExactly("Порт снова открыт", "Суда снова вернулись в порт.");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> choice = $(RadioButtonGroup.class).id("xliff-choice-1");
        test(choice).selectItem("Merge by hand");
        test($(TextArea.class).id("xliff-merged-1")).setValue("Корабли снова вернулись в порт.");
        test($(Button.class).id("xliff-apply")).click();

        assertThat(drafts.find(article.id(), Output.RU).orElseThrow().texts()).containsExactly("Порт вновь открыт", "Корабли снова вернулись в порт.");
        assertThat(test($(Notification.class).last()).getText()).contains("2 paragraphs of the Russian draft updated");
    }

    @Test
    void an_unresolved_conflict_stops_the_import_with_a_message_and_changes_nothing() {
        Article article = approvedRussian("Road closed", "Snow closed the road.", "Дорога закрыта", "Снег закрыл дорогу.");
        String file = new String(exports.export(article.id(), Output.RU, ExportFormat.XLIFF).content(), StandardCharsets.UTF_8)
                .replace("<target>Дорога закрыта</target>", "<target>Трасса закрыта</target>")
                .replace("<target>Снег закрыл дорогу.</target>", "<target>Снегопад закрыл дорогу.</target>");
        var draft = drafts.find(article.id(), Output.RU).orElseThrow();
        editing.editSegment(draft.id(), 1, "Сильный снег закрыл дорогу.", draft.segments().get(1).revision());
        navigate(InterchangeView.class, Map.of("articleId", String.valueOf(article.id())));

        upload(file);
        test($(Button.class).id("xliff-apply")).click();

        assertThat(test($(Notification.class).last()).getText()).contains("choose which text to keep");
        assertThat(drafts.find(article.id(), Output.RU).orElseThrow().texts()).containsExactly("Дорога закрыта", "Сильный снег закрыл дорогу.");
    }

    @Test
    void a_file_of_another_article_uploaded_here_is_refused_naming_its_article_and_changes_nothing() {
        Article first = approvedRussian("Dam completed", "The dam is finished.", "Плотина достроена", "Плотина готова.");
        Article second = approvedRussian("Bridge opens", "Cars crossed the bridge.", "Мост открыт", "Машины проехали по мосту.");
        String secondFile = new String(exports.export(second.id(), Output.RU, ExportFormat.XLIFF).content(), StandardCharsets.UTF_8)
                .replace("<target>Машины проехали по мосту.</target>", "<target>Машины переехали мост.</target>");

        navigate(InterchangeView.class, Map.of("articleId", String.valueOf(first.id())));
        upload(secondFile);

        assertThat(test($(Notification.class).last()).getText()).contains("Bridge opens");
        assertThat(drafts.find(second.id(), Output.RU).orElseThrow().texts()).isEqualTo(List.of("Мост открыт", "Машины проехали по мосту."));
        assertThat(drafts.find(first.id(), Output.RU).orElseThrow().texts()).isEqualTo(List.of("Плотина достроена", "Плотина готова."));
    }
}

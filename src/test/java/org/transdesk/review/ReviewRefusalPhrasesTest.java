package org.transdesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.review.OutputState.ReviewAction;

/**
 * Issue #15: refusals of the review desk an editor meets (an edit conflict, a state that does not allow the action, an
 * engine that returned nothing, a paragraph or comment that is gone, an export mark) read in the screen's language,
 * while the English message (logs, REST problem documents) is the one it always was. On the old code they had no phrase.
 */
@ReviewIntegrationTest
class ReviewRefusalPhrasesTest {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final Locale RU = Locale.forLanguageTag("ru");

    @Autowired ArticleService articles;
    @Autowired DraftingService drafting;
    @Autowired CommentService comments;
    @Autowired ExportMarkService exportMarks;

    @Test
    void an_edit_conflict_names_who_saved_in_russian_and_vietnamese() {
        EditConflictException conflict = new EditConflictException(2, "Их текст.", 4, "anna", "Мой текст.");

        assertThat(conflict.getMessage()).isEqualTo("anna saved this paragraph while you were editing it. Compare both texts, then keep one or merge them.");
        assertThat(conflict.phrase().orElseThrow().in(RU)).isEqualTo("anna сохранил(а) этот абзац, пока вы его правили."
                + " Сравните оба текста, затем оставьте один или объедините их.");
        assertThat(conflict.phrase().orElseThrow().in(VI)).startsWith("anna đã lưu đoạn này trong lúc bạn đang sửa.");
    }

    @Test
    void an_action_the_state_does_not_allow_names_the_state_and_the_action_in_the_screens_language() {
        ReviewException refused = catchThrowableOfType(ReviewException.class, () -> OutputState.APPROVED.next(ReviewAction.FINISH_DRAFTING, Output.VI));

        assertThat(refused.getMessage()).isEqualTo("The Vietnamese draft is approved: it cannot be finish drafting now.");
        assertThat(refused.phrase().orElseThrow().in(RU)).isEqualTo("Черновик «Вьетнамский» утверждён: сейчас нельзя завершить генерацию.");
        assertThat(refused.phrase().orElseThrow().in(VI)).isEqualTo("Bản nháp Tiếng Việt đã được duyệt: lúc này không thể hoàn tất việc tạo bản nháp.");

        ReviewException notDrafting = catchThrowableOfType(ReviewException.class, () -> OutputState.APPROVED.backTo(null, Output.RU));
        assertThat(notDrafting.getMessage()).isEqualTo("The Russian draft is not being generated.");
        assertThat(notDrafting.phrase().orElseThrow().in(RU)).isEqualTo("Черновик «Русский» сейчас не создаётся.");
    }

    @Test
    void qa_errors_blocking_an_approval_are_counted_and_the_first_is_said_in_the_same_language() {
        org.transdesk.qa.QaFinding missing = new org.transdesk.qa.QaFinding("numbers", org.transdesk.qa.Severity.ERROR,
                org.transdesk.base.Phrase.of("qa-finding.numbers.missing.digits", "40"), 1, -1, -1);
        QaBlockedException blocked = new QaBlockedException(java.util.List.of(missing, missing.withSpan(0, 2)));

        assertThat(blocked.getMessage()).isEqualTo("2 QA errors block approval (first: Number “40” from the source is missing in the translation.)."
                + " Fix them, or approve with a written reason for overriding.");
        assertThat(blocked.phrase().orElseThrow().in(RU)).isEqualTo("Ошибок QA, не дающих утвердить: 2 (первая: В переводе нет числа «40» из оригинала.)."
                + " Исправьте их или утвердите, письменно объяснив, почему их можно пропустить.");
    }

    @Test
    @WithMockUser(username = "ed", roles = {"EDITOR", "REVIEWER"})
    void an_engine_that_returned_nothing_a_missing_paragraph_and_a_bad_export_format_read_in_russian() {
        Article article = ReviewFixture.article(articles, ReviewFixture.SOURCE);
        Draft draft = ReviewFixture.generated(drafting, article, Output.RU, ReviewFixture.RUSSIAN, "ed");

        ReviewException empty = catchThrowableOfType(ReviewException.class, () -> drafting.saveRegeneratedSegment(draft.id(), 1,
                new GeneratedDraft.Segment("  ", "MODEL", null, null), ReviewFixture.segment(draft, 1).revision()));
        assertThat(empty.getMessage()).isEqualTo("The engine returned no text for paragraph 1; nothing was changed.");
        assertThat(empty.phrase().orElseThrow().in(RU)).isEqualTo("Модель не вернула текста для абзаца 1; ничего не изменено.");

        ReviewException gone = catchThrowableOfType(ReviewException.class, () -> comments.comment(draft.id(), 99, "Где абзац?"));
        assertThat(gone.getMessage()).isEqualTo("Paragraph 99 does not exist in this draft.");
        assertThat(gone.phrase().orElseThrow().in(VI)).isEqualTo("Bản nháp này không có đoạn 99.");

        ReviewException format = catchThrowableOfType(ReviewException.class, () -> exportMarks.markExported(1, "Markdown!"));
        assertThat(format.getMessage()).isEqualTo("Export format must be a short lower-case name such as \"markdown\".");
        assertThat(format.phrase().orElseThrow().in(RU)).contains("например \"markdown\"");
    }
}

package org.transdesk.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleListing;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.ApprovedVersion;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftProvenance;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.EditingService;
import org.transdesk.review.GeneratedDraft;
import org.transdesk.review.OutputState;
import org.transdesk.review.SegmentText;

/** The review layer of the workbench and the library's state filter, without a browser. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:review-views;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false"})
class ReviewWorkbenchViewTest extends SpringBrowserlessTest {

    static final DraftProvenance ENGINE = new DraftProvenance("test", "Hand-written test draft", null, null, null, 0, 0, 0, BigDecimal.ZERO);

    @Autowired ArticleService articles;
    @Autowired DraftService drafts;
    @Autowired ApprovalService approval;
    @Autowired DraftingService drafting;
    @Autowired EditingService editing;

    @Test
    @WithMockUser(username = "reviewer", roles = {"EDITOR", "REVIEWER"})
    void a_qa_error_shows_under_its_paragraph_and_approval_asks_for_an_override_reason() {
        Article article = articleWithRussian("Exports grow " + System.nanoTime() + "\nExports rose by 12 percent in 2020.",
                List.of("Экспорт растёт", "Экспорт вырос в прошлом году."));
        navigate("articles/" + article.id(), WorkbenchView.class);

        SegmentTools paragraph1 = russianTools(1);
        assertThat(find(Div.class, paragraph1.findings).all())
                .anyMatch(line -> "ERROR".equals(line.getElement().getAttribute("data-severity")));

        OutputHeader header = find(OutputHeader.class).all().stream()
                .filter(h -> "ru".equals(h.getElement().getAttribute("data-output"))).findFirst().orElseThrow();
        test(header.approve).click();
        ApproveDialog dialog = find(ApproveDialog.class).single();
        test(dialog.reason).setValue("The figure is in the photo caption.");
        test(dialog.approve).click();

        ApprovedVersion version = approval.latestApproved(article.id(), Output.RU).orElseThrow();
        assertThat(version.overrideReason()).isEqualTo("The figure is in the photo caption.");
    }

    @Test
    @WithMockUser(username = "reviewer", roles = {"EDITOR", "REVIEWER"})
    void the_library_filters_articles_by_the_state_of_an_output() {
        String marker = "Filtered " + System.nanoTime();
        Article sentBack = articleWithRussian(marker + " one\nThe meeting was held on Monday.", List.of("Встреча", "Встреча прошла в понедельник."));
        articleWithRussian(marker + " two\nThe meeting was held on Monday.", List.of("Встреча", "Встреча прошла в понедельник."));
        Draft draft = drafts.find(sentBack.id(), Output.RU).orElseThrow();
        approval.requestChanges(draft.id(), "Too short a headline.");

        navigate(LibraryView.class);
        // the view bean is a security proxy: reach its components through the UI tree
        test(find(TextField.class).single()).setValue(marker);
        StateFilter filter = find(StateFilter.class).single();
        filter.output.setValue(Output.RU);
        filter.state.setValue(OutputState.CHANGES_REQUESTED);
        @SuppressWarnings("unchecked")
        Grid<ArticleListing> grid = find(Grid.class).single();

        assertThat(grid.getGenericDataView().getItems().map(ArticleListing::id).toList()).containsExactly(sentBack.id());
        filter.state.setValue(OutputState.NEEDS_REVIEW);
        assertThat(grid.getGenericDataView().getItems().count()).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "reviewer", roles = {"EDITOR", "REVIEWER"})
    void alt_shift_a_approves_the_output_of_the_focused_paragraph() {
        Article article = articleWithRussian("Talks in Hanoi\nThe meeting was held on Monday.",
                List.of("Переговоры в Ханое", "Встреча прошла в понедельник."));
        navigate("articles/" + article.id(), WorkbenchView.class);
        SegmentEditor russian = find(SegmentEditor.class).all().stream()
                .filter(e -> e.output() == Output.RU && e.position() == 1).findFirst().orElseThrow();

        Workbench.focus(russian);
        fireShortcut(Key.KEY_A, KeyModifier.ALT, KeyModifier.SHIFT);

        assertThat(approval.latestApproved(article.id(), Output.RU)).map(ApprovedVersion::approvedBy).contains("reviewer");
    }

    @Test
    @WithMockUser(username = "reviewer", roles = {"EDITOR", "REVIEWER"})
    void approve_is_off_while_the_draft_is_the_approved_version_and_on_again_after_an_edit() {
        Article article = articleWithRussian("Talks in Hue\nThe meeting was held on Tuesday.",
                List.of("Переговоры в Хюэ", "Встреча прошла во вторник."));
        Draft draft = drafts.find(article.id(), Output.RU).orElseThrow();
        approval.approve(draft.id(), null);
        navigate("articles/" + article.id(), WorkbenchView.class);

        OutputHeader approved = russianHeader();
        assertThat(approved.approve.isEnabled()).as("nothing new to approve (the server refuses it)").isFalse();
        assertThat(approved.approve.getTooltip().getText()).isEqualTo("Approved as version 1; edit the draft to approve a new version");

        Draft current = drafts.find(article.id(), Output.RU).orElseThrow();
        editing.editSegment(current.id(), 1, "Встреча состоялась во вторник.", current.segments().get(1).revision());
        navigate("articles/" + article.id(), WorkbenchView.class);
        assertThat(russianHeader().approve.isEnabled()).isTrue();
    }

    private OutputHeader russianHeader() {
        return find(OutputHeader.class).all().stream()
                .filter(h -> "ru".equals(h.getElement().getAttribute("data-output"))).findFirst().orElseThrow();
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void restoring_from_the_history_dialog_puts_the_engine_text_back_as_a_new_revision() {
        Article article = articleWithRussian("Talks in Hanoi\nThe meeting was held on Monday.",
                List.of("Переговоры в Ханое", "Встреча прошла в понедельник."));
        Draft draft = drafts.find(article.id(), Output.RU).orElseThrow();
        editing.editSegment(draft.id(), 1, "Встреча была в понедельник.", draft.segments().get(1).revision());
        navigate("articles/" + article.id(), WorkbenchView.class);
        SegmentTools tools = russianTools(1);

        test(tools.history).click();
        SegmentHistoryDialog history = find(SegmentHistoryDialog.class).single();
        assertThat(find(DiffView.class, history).all()).isNotEmpty();
        test(find(Button.class, history).all().stream().filter(b -> b.getText().equals("Restore")).findFirst().orElseThrow()).click();

        SegmentText now = drafts.find(article.id(), Output.RU).orElseThrow().segments().get(1);
        assertThat(now.text()).isEqualTo("Встреча прошла в понедельник.");
        assertThat(now.revision()).isEqualTo(3);
        assertThat(drafts.history(draft.id(), 1).getLast().kind()).isEqualTo("RESTORE");
    }

    @Test
    @WithMockUser(username = "reviewer", roles = {"EDITOR", "REVIEWER"})
    void a_comment_written_in_the_workbench_is_counted_under_its_paragraph_and_can_be_resolved() {
        Article article = articleWithRussian("Talks in Hanoi\nThe meeting was held on Monday.",
                List.of("Переговоры в Ханое", "Встреча прошла в понедельник."));
        navigate("articles/" + article.id(), WorkbenchView.class);
        SegmentTools tools = russianTools(1);

        test(tools.comments).click();
        CommentsPanel panel = find(CommentsPanel.class).single();
        test(panel.newComment).setValue("Which Monday?");
        test(panel.add).click();

        assertThat(tools.comments.getText()).isEqualTo("Comments (1 open / 1)");
        test(find(Button.class, panel).all().stream().filter(b -> b.getText().equals("Resolve")).findFirst().orElseThrow()).click();
        assertThat(tools.comments.getText()).isEqualTo("Comments (0 open / 1)");
    }

    private SegmentTools russianTools(int position) {
        return Workbench.buttons(this, Output.RU, position);
    }

    /** Runs as the test's signed-in user: switching users would also switch the browserless session's user. */
    private Article articleWithRussian(String text, List<String> russian) {
        Article article = articles.importText(text);
        var segments = russian.stream().map(t -> new GeneratedDraft.Segment(t, "MODEL", null, null)).toList();
        drafting.saveGenerated(article.id(), Output.RU, article.sourceRevision(), new GeneratedDraft(segments, ENGINE));
        return article;
    }
}

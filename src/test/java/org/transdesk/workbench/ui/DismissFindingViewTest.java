package org.transdesk.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.DraftProvenance;
import org.transdesk.review.DraftQa;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.FindingDismissal;
import org.transdesk.review.GeneratedDraft;
import org.transdesk.review.QaReport;

/** Issue #17: dismissing one QA finding from under its paragraph, without a browser. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:review-views;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false"})
class DismissFindingViewTest extends SpringBrowserlessTest {

    static final DraftProvenance ENGINE = new DraftProvenance("test", "Hand-written test draft", null, null, null, 0, 0, 0, BigDecimal.ZERO);
    static final List<String> YEAR_DROPPED = List.of("Экспорт растёт", "Экспорт вырос на 12 процентов в прошлом году.");

    @Autowired ArticleService articles;
    @Autowired DraftingService drafting;
    @Autowired DraftService drafts;
    @Autowired DraftQa qa;
    @Autowired ApprovalService approval;

    @Test
    @WithMockUser(username = "reviewer", roles = {"EDITOR", "REVIEWER"})
    void a_reviewer_dismisses_a_finding_with_a_required_reason_and_can_undo_it() {
        Article article = articleWithRussian();
        Workbench.open(this, article);

        test(button(Workbench.tools(this, Output.RU, 1), "qa-dismiss-button")).click();
        DismissFindingDialog dialog = find(DismissFindingDialog.class).single();
        test(dialog.reason).setValue("   ");
        test(dialog.confirm).click();

        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Write why this finding does not apply: the reason is kept with the approved version.");
        assertThat(dialog.isOpened()).as("an empty reason keeps the dialog open").isTrue();
        assertThat(report(article).dismissals()).isEmpty();

        test(dialog.reason).setValue("The year is in the dateline.");
        test(dialog.confirm).click();

        assertThat(report(article).errors()).isEmpty();
        SegmentTools tools = Workbench.tools(this, Output.RU, 1);
        assertThat(find(Div.class, tools.findings).withClassName("qa-finding").all())
                .noneMatch(line -> line.isVisible() && !line.hasClassName("dismissed") && "ERROR".equals(line.getElement().getAttribute("data-severity")));
        Button toggle = button(tools, "qa-dismissed-toggle");
        assertThat(toggle.getText()).isEqualTo("Dismissed (1)");
        test(toggle).click();
        Div dismissed = find(Div.class, tools.findings).withClassName("dismissed").single();
        assertThat(dismissed.getElement().getTextRecursively()).contains("dismissed by reviewer: The year is in the dateline.");

        test(button(tools, "qa-undo-button")).click();

        assertThat(report(article).errors()).hasSize(1);
        assertThat(find(Div.class, Workbench.tools(this, Output.RU, 1).findings).withClassName("dismissed").all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void an_editor_proposes_and_sees_the_proposal_but_cannot_accept_it() {
        Article article = articleWithRussian();
        Workbench.open(this, article);
        SegmentTools tools = Workbench.tools(this, Output.RU, 1);
        Button propose = button(tools, "qa-dismiss-button");
        assertThat(propose.getText()).isEqualTo("Propose dismissal…");

        test(propose).click();
        DismissFindingDialog dialog = find(DismissFindingDialog.class).single();
        test(dialog.reason).setValue("The year is in the dateline.");
        test(dialog.confirm).click();

        QaReport report = report(article);
        assertThat(report.errors()).hasSize(1);
        assertThat(report.dismissals()).singleElement().extracting(FindingDismissal::state).isEqualTo(FindingDismissal.State.PROPOSED);
        SegmentTools after = Workbench.tools(this, Output.RU, 1);
        assertThat(after.findings.getElement().getTextRecursively()).contains("Dismissal proposed by editor: The year is in the dateline.");
        assertThat(find(Button.class, after.findings).withClassName("qa-accept-button").all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "reviewer", roles = {"EDITOR", "REVIEWER"})
    void a_finding_on_the_whole_output_is_dismissed_from_the_column_head() {
        Article article = articles.importText("Exports grow\nExports rose by 12 percent in 2020.");
        String sentence = "Exports rose by 12 percent in 2020.";
        var summary = List.of(new GeneratedDraft.Segment((sentence + " ").repeat(10).strip(), "MODEL", null, null));
        drafting.saveGenerated(article.id(), Output.SUMMARY, article.sourceRevision(), new GeneratedDraft(summary, ENGINE));
        assertThat(summaryReport(article).errors()).extracting(f -> f.check() + " " + f.segment()).contains("summary-budget -1");
        Workbench.open(this, article);

        test(find(Button.class, columnHead(Output.SUMMARY)).withClassName("qa-dismiss-button").all().stream()
                .filter(b -> b.getParent().orElseThrow().getElement().getAttribute("data-check").equals("summary-budget"))
                .findFirst().orElseThrow()).click();
        DismissFindingDialog dialog = find(DismissFindingDialog.class).single();
        test(dialog.reason).setValue("The editor-in-chief asked for a longer summary today.");
        test(dialog.confirm).click();

        QaReport report = summaryReport(article);
        assertThat(report.findings()).extracting(f -> f.check()).doesNotContain("summary-budget");
        assertThat(report.dismissed()).extracting(FindingDismissal::check).containsExactly("summary-budget");
        assertThat(find(Button.class, columnHead(Output.SUMMARY)).withClassName("qa-dismissed-toggle").single().getText()).isEqualTo("Dismissed (1)");

        approval.approve(drafts.find(article.id(), Output.SUMMARY).orElseThrow().id(), "Other findings do not matter in this test.");
        Workbench.open(this, article);
        test(columnHead(Output.SUMMARY).versions).click();
        VersionCompareDialog versions = find(VersionCompareDialog.class).single();
        assertThat(find(Div.class, versions).withClassName("version-dismissed-finding").single().getText())
                .startsWith("Dismissed by reviewer on ").contains("Summary has 70 words")
                .endsWith("— The editor-in-chief asked for a longer summary today.");
    }

    private OutputReviewStatus columnHead(Output output) {
        return find(OutputReviewStatus.class).all().stream()
                .filter(s -> s.getChildren().anyMatch(c -> c.getId().filter(("qa-" + output.key())::equals).isPresent()))
                .findFirst().orElseThrow();
    }

    private QaReport summaryReport(Article article) {
        return qa.check(drafts.find(article.id(), Output.SUMMARY).orElseThrow().id());
    }

    private Button button(SegmentTools tools, String className) {
        return find(Button.class, tools.findings).withClassName(className).single();
    }

    private QaReport report(Article article) {
        return qa.check(drafts.find(article.id(), Output.RU).orElseThrow().id());
    }

    private Article articleWithRussian() {
        Article article = articles.importText("Exports grow\nExports rose by 12 percent in 2020.");
        var segments = YEAR_DROPPED.stream().map(t -> new GeneratedDraft.Segment(t, "MODEL", null, null)).toList();
        drafting.saveGenerated(article.id(), Output.RU, article.sourceRevision(), new GeneratedDraft(segments, ENGINE));
        return article;
    }
}

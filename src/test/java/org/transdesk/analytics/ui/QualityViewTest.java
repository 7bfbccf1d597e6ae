package org.transdesk.analytics.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.analytics.QualityRow;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.base.ui.AccessDeniedView;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.DraftProvenance;
import org.transdesk.review.DraftingService;
import org.transdesk.review.EditingService;
import org.transdesk.review.GeneratedDraft;
import org.transdesk.support.IntegrationTest;

/** The Quality view shows a reviewer the figures of an engine as bars and a table, per month; editors may not open it. */
@IntegrationTest
class QualityViewTest extends SpringBrowserlessTest {

    static final DraftProvenance ENGINE = new DraftProvenance("view-engine", "View test engine", "vm-1", null, null, 0, 0, 0,
            new BigDecimal("0.000900"));

    @Autowired
    ArticleService articles;
    @Autowired
    DraftingService drafting;
    @Autowired
    EditingService editing;
    @Autowired
    ApprovalService approval;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithMockUser(username = "rita", roles = {"EDITOR", "REVIEWER"})
    void a_reviewer_sees_the_engines_edited_share_chrf_and_cost_as_bars_and_in_the_table() {
        // set-up runs as the signed-in reviewer: switching users would also switch the browserless session's user
        Article article = articles.importText("Quality view " + System.nanoTime() + "\nThe meeting was held on Monday.\nBoth sides praised the cooperation.");
        var draft = drafting.saveGenerated(article.id(), Output.VI, article.sourceRevision(), new GeneratedDraft(List.of(
                new GeneratedDraft.Segment("Hội đàm", "MODEL", null, null),
                new GeneratedDraft.Segment("Cuộc họp diễn ra vào thứ Hai.", "MODEL", null, null),
                new GeneratedDraft.Segment("Hai bên khen hợp tác.", "MODEL", null, null)), ENGINE));
        var third = draft.segments().get(2);
        editing.editSegment(draft.id(), third.position(), "Hai bên đánh giá cao sự hợp tác.", third.revision());
        long version = approval.approve(draft.id(), "test: figures").id();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from post_edit_figure where version_id = ?")
                .param(version).query(Integer.class).single() == 1);

        navigate("quality", QualityView.class);

        Div model = $(Div.class).id("quality-model");
        assertThat(barValues(model, "Paragraphs edited", "view-engine · vm-1")).isEqualTo("33.3%");
        assertThat(barValues(model, "Mean HTER", "view-engine · vm-1")).isEqualTo("23.5%"); // "khen" → "đánh giá cao sự": 4 edits over 17 approved words
        assertThat(barValues(model, "Cost per approved word", "view-engine · vm-1")).isEqualTo("0.000053"); // 0.0009 over 17 words
        @SuppressWarnings("unchecked")
        Grid<QualityRow> table = $(Grid.class, model).single();
        QualityRow row = table.getListDataView().getItems().filter(r -> r.label().equals("view-engine · vm-1")).findFirst().orElseThrow();
        assertThat(row.versions()).isEqualTo(1);
        assertThat(row.editedParagraphs()).isEqualTo(1);
        assertThat(row.paragraphs()).isEqualTo(3);
        assertThat(row.meanChrf()).isBetween(1.0, 99.0);
        assertThat($(Anchor.class).id("quality-csv-model").getText()).isEqualTo("Download as CSV");
        assertThat(barValues($(Div.class).id("quality-route"), "Paragraphs edited", "vi · view-engine · vm-1")).isEqualTo("33.3%");
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Quality");

        @SuppressWarnings("unchecked")
        Select<Optional<YearMonth>> month = $(Select.class).id("quality-month");
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        test(month).selectItem(Format.month(now));
        assertThat(barValues($(Div.class).id("quality-model"), "Paragraphs edited", "view-engine · vm-1")).isEqualTo("33.3%");
    }

    @Test
    @WithMockUser(username = "ed", roles = "EDITOR")
    void an_editor_may_not_open_it() {
        navigate("quality", AccessDeniedView.class);
    }

    /** The value text of the bar of {@code group} in the chart captioned {@code caption}. */
    private String barValues(Div section, String caption, String group) {
        Div chart = $(Div.class, section).withClassName("bar-chart").all().stream()
                .filter(c -> $(Div.class, c).withClassName("bar-chart-caption").single().getText().equals(caption)).findFirst().orElseThrow();
        Div row = $(Div.class, chart).withClassName("bar-row").all().stream()
                .filter(r -> $(Span.class, r).withClassName("bar-label").single().getText().equals(group)).findFirst().orElseThrow();
        return $(Span.class, row).withClassName("bar-value").single().getText();
    }
}

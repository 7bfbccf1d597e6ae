package org.transdesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.transdesk.security.Roles.EDITOR;
import static org.transdesk.security.Roles.REVIEWER;
import static org.transdesk.support.SignedIn.as;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.qa.QaFinding;

/**
 * Issue #12: the formatting tags of an imported paragraph are protected in the workbench: an edit
 * that drops or corrupts one is a {@code tags} QA error on that paragraph, naming the tag, and
 * blocks approval like any error, and a tag the source does not have, doubled or crossing is refused at
 * save. Before, QA ran without the code tables and said nothing, and any broken tag was stored.
 */
@ReviewIntegrationTest
class TagsInTheWorkbenchTest {

    static final String HTML = """
            <html><body><article><h1>Summit in Hanoi</h1>
            <p>Leaders of <b>ASEAN</b> met, see <a href="https://asean.org/s">the statement</a>.</p></article></body></html>""";

    @Autowired DraftingService drafting;
    @Autowired EditingService editing;
    @Autowired ApprovalService approval;
    @Autowired DraftQa qa;
    @Autowired ArticleService articles;

    @Test
    void an_edit_that_drops_or_breaks_a_tag_is_a_tags_error_naming_it_and_blocks_approval() {
        Article article = as("ed", EDITOR, () -> articles.importFile("summit.html", HTML.getBytes(StandardCharsets.UTF_8)));
        Draft draft = ReviewFixture.generated(drafting, article, Output.RU,
                List.of("Саммит в Ханое", "Лидеры ⟦1⟧АСЕАН⟦/1⟧ встретились, см. ⟦2⟧заявление⟦/2⟧."), "ed");
        assertThat(as("ed", EDITOR, () -> qa.check(draft.id())).findings()).filteredOn(f -> f.check().equals("tags")).isEmpty();

        // a broken tag is refused before anything is stored: the editor keeps typing in the box
        ReviewException broken = catchThrowableOfType(ReviewException.class, () -> as("ed", EDITOR,
                () -> editing.editSegment(draft.id(), 1, "Лидеры АСЕАН встретились, см. ⟦2⟧заявление⟦2⟧.", 1)));
        assertThat(broken).hasMessage("Tag ⟦2⟧ appears twice: keep one.");
        assertThat(as("ed", EDITOR, () -> qa.check(draft.id())).findings()).filteredOn(f -> f.check().equals("tags")).isEmpty();

        // a dropped tag may be saved (the editor may mean it), and QA holds the approval
        as("ed", EDITOR, () -> editing.editSegment(draft.id(), 1, "Лидеры АСЕАН встретились, см. заявление.", 1));

        QaReport report = as("ed", EDITOR, () -> qa.check(draft.id()));
        assertThat(report.errors()).filteredOn(f -> f.check().equals("tags")).extracting(QaFinding::segment).containsOnly(1);
        assertThat(report.errors()).filteredOn(f -> f.check().equals("tags")).extracting(QaFinding::message)
                .contains("Tag ⟦1⟧…⟦/1⟧ (bold) is missing: copy it from the source.",
                        "Tag ⟦2⟧…⟦/2⟧ (link to https://asean.org/s) is missing: copy it from the source.");
        QaBlockedException blocked = catchThrowableOfType(QaBlockedException.class,
                () -> as("rev", REVIEWER, () -> approval.approve(draft.id(), " ")));
        assertThat(blocked).isNotNull();
    }
}

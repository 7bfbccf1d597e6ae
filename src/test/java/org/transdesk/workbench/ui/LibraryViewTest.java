package org.transdesk.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.KeyDownEvent;
import com.vaadin.flow.component.grid.CellFocusEvent;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleListing;
import org.transdesk.article.ArticleService;
import org.transdesk.support.IntegrationTest;

@IntegrationTest
@WithMockUser(username = "ana", roles = "EDITOR")
class LibraryViewTest extends SpringBrowserlessTest {

    private static final int MANY = 3_000;

    @Autowired
    ArticleService articles;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheCrowd() {
        jdbc.update("delete from paragraph where article_id in (select id from article where slug like 'crowd-%')");
        jdbc.update("delete from article where slug like 'crowd-%'");
    }

    @Test
    void search_narrows_the_library_by_title() {
        articles.importText("Volcano erupts in the north\nAsh fell on villages.");
        LibraryView view = navigate(LibraryView.class);

        test(view.search).setValue("volcano erupts");

        assertThat(test(view.grid).size()).isEqualTo(1);
        ArticleListing row = test(view.grid).getRow(0);
        assertThat(row.title()).isEqualTo("Volcano erupts in the north");
    }

    @Test
    void a_library_of_3000_articles_lists_every_one_but_reads_only_the_rows_on_screen() {
        insertCrowd();
        LibraryView view = navigate(LibraryView.class);

        test(view.search).setValue("Crowdwatch");

        assertThat(test(view.grid).size()).isEqualTo(MANY); // the old library stopped at the newest 500
        assertThat(test(view.grid).getRow(0).title()).isEqualTo("Crowdwatch report " + (MANY - 1));
        assertThat(view.rowsRead).as("rows read from the database").isLessThanOrEqualTo(2 * view.grid.getPageSize());
    }

    @Test
    void a_truncated_title_shows_in_full_on_hover() {
        String title = "Parliament debates the coastal protection bill after storms flood three provinces and the fishing fleet stays in port";
        articles.importText(title + "\nThe debate lasted nine hours.");
        LibraryView view = navigate(LibraryView.class);
        test(view.search).setValue("coastal protection bill");

        ArticleListing row = test(view.grid).getRow(0);

        assertThat(view.grid.getColumnByKey("title").getTooltipGenerator()).isNotNull();
        assertThat(view.grid.getColumnByKey("title").getTooltipGenerator().apply(row)).isEqualTo(title);
    }

    @Test
    void enter_opens_the_row_that_has_the_keyboard_focus() {
        Article article = articles.importText("Tram line opens in the old town\nThe first tram left at six.");
        LibraryView view = navigate(LibraryView.class);
        test(view.search).setValue("tram line opens");
        ArticleListing row = test(view.grid).getRow(0);
        String key = view.grid.getDataCommunicator().getKeyMapper().key(row);

        ComponentUtil.fireEvent(view.grid, new CellFocusEvent<>(view.grid, true, key, null, "body"));
        ComponentUtil.fireEvent(view.grid, new KeyDownEvent(view.grid, "Enter"));

        assertThat(getCurrentView()).isInstanceOf(WorkbenchView.class);
        assertThat(getCurrentView().getElement().toString()).contains("Tram line opens in the old town");
    }

    @Test
    @WithMockUser(username = "boss", roles = {"EDITOR", "REVIEWER", "ADMIN"})
    void an_admin_archives_a_row_finds_it_under_show_archived_and_restores_it() {
        articles.importText("Marrow lighthouse relit\nThe lamp shone again.");
        LibraryView view = navigate(LibraryView.class);
        test(view.search).setValue("marrow lighthouse");

        clickInRow(view, 0, "Archive");

        assertThat(test(view.grid).size()).isZero();
        view.archived.setValue(!view.archived.getValue());
        assertThat(test(view.grid).size()).isEqualTo(1);
        clickInRow(view, 0, "Restore");
        assertThat(test(view.grid).size()).isZero();
        view.archived.setValue(!view.archived.getValue());
        assertThat(test(view.grid).size()).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "boss", roles = {"EDITOR", "REVIEWER", "ADMIN"})
    void deleting_asks_what_becomes_of_approved_work_and_cannot_go_on_without_an_answer() {
        Article article = articles.importText("Farrow mill demolished\nThe mill came down.");
        LibraryView view = navigate(LibraryView.class);
        test(view.search).setValue("farrow mill");
        clickInRow(view, 0, "Archive");
        view.archived.setValue(!view.archived.getValue());

        clickInRow(view, 0, "Delete…");
        ArticleDeleteDialog dialog = $(ArticleDeleteDialog.class).single();
        assertThat(dialog.delete.isEnabled()).isFalse();
        test(dialog.approvedWork).selectItem(org.transdesk.base.ui.Messages.tr("library.delete.remove"));
        test(dialog.delete).click();

        assertThat(test(view.grid).size()).isZero();
        assertThatThrownBy(() -> articles.get(article.id())).isInstanceOf(org.transdesk.article.ArticleNotFoundException.class);
    }

    @Test
    void an_editor_sees_no_archive_or_delete_buttons() {
        LibraryView view = navigate(LibraryView.class);

        assertThat(view.grid.getColumnByKey("actions")).isNull();
    }

    @Test
    @WithMockUser(username = "boss", roles = {"EDITOR", "REVIEWER", "ADMIN"})
    void on_a_390_px_phone_the_library_is_a_list_of_cards_with_the_whole_title_states_and_actions() {
        articles.importText("Ostwick harbour wall repaired after winter storms damaged the northern pier\nWork took six weeks.");
        LibraryView view = navigate(LibraryView.class);
        test(view.search).setValue("ostwick harbour");

        view.fitTo(390);

        assertThat(view.grid.getColumns().stream().filter(c -> c.isVisible()).map(c -> c.getKey()).toList()).containsExactly("card");
        LibraryCard card = (LibraryCard) test(view.grid).getCellComponent(0, "card");
        assertThat(card.getElement().getTextRecursively()).contains("Ostwick harbour wall repaired after winter storms damaged the northern pier")
                .contains("Vietnamese").contains("Russian");
        assertThat(card.getChildren().flatMap(c -> c.getChildren()).filter(c -> c instanceof com.vaadin.flow.component.button.Button)
                .map(b -> ((com.vaadin.flow.component.button.Button) b).getText()).toList()).contains("Archive");

        view.fitTo(1280);

        assertThat(view.grid.getColumnByKey("card").isVisible()).isFalse();
        assertThat(view.grid.getColumnByKey("title").isVisible()).isTrue();
    }

    private void clickInRow(LibraryView view, int row, String caption) {
        var cell = (com.vaadin.flow.component.Component) test(view.grid).getCellComponent(row, "actions");
        var button = cell.getChildren().map(com.vaadin.flow.component.button.Button.class::cast)
                .filter(b -> b.getText().equals(caption)).findFirst().orElseThrow();
        test(button).click();
    }

    private void insertCrowd() {
        Timestamp start = Timestamp.from(Instant.now().minusSeconds(MANY));
        List<Integer> n = IntStream.range(0, MANY).boxed().toList();
        jdbc.batchUpdate("insert into article (slug, title, published_on, source_lang, source_revision, created_by, created_at)"
                + " values (?, ?, null, 'en', 1, 'ana', ?)", n, 500, (ps, i) -> {
                    ps.setString(1, "crowd-" + i);
                    ps.setString(2, "Crowdwatch report " + i);
                    ps.setTimestamp(3, new Timestamp(start.getTime() + i * 1000L));
                });
        jdbc.batchUpdate("insert into paragraph (article_id, position, text) select id, 1, 'A line.' from article where slug = ?",
                n, 500, (ps, i) -> ps.setString(1, "crowd-" + i));
    }
}

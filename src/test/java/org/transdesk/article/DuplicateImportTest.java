package org.transdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.support.IntegrationTest;

/** #15: an import the library already holds (same title and date, or same text) is refused unless the editor imports it as new. */
@IntegrationTest
@WithMockUser(username = "ana", roles = "EDITOR")
class DuplicateImportTest {

    @Autowired
    ArticleService articles;

    @Test
    void the_same_title_and_date_is_refused_naming_the_existing_article() {
        Article first = articles.importText("date 2026-02-11 Grevnik port reopens\nShips returned on Tuesday.", Duplicates.REFUSE);

        assertThatThrownBy(() -> articles.importText("date 2026-02-11 GREVNIK PORT REOPENS\nA different first paragraph.", Duplicates.REFUSE))
                .isInstanceOfSatisfying(DuplicateArticleException.class, e -> assertThat(e.existing().id()).isEqualTo(first.id()))
                .hasMessageContaining("Grevnik port reopens");
        assertThat(articles.list("grevnik port")).hasSize(1);
    }

    @Test
    void the_same_text_without_its_date_line_is_refused_too_also_from_a_file() {
        Article first = articles.importText("date 2026-02-10 Velmora dam opens\nThe dam was opened.\nIt holds  a lake.", Duplicates.REFUSE);

        assertThatThrownBy(() -> articles.importFiles("story.txt", "Velmora dam opens\nThe dam was opened.\nIt holds a lake.".getBytes(StandardCharsets.UTF_8),
                Duplicates.REFUSE))
                .isInstanceOfSatisfying(DuplicateArticleException.class, e -> assertThat(e.existing().id()).isEqualTo(first.id()));
    }

    @Test
    void another_story_with_the_same_one_line_body_is_a_new_article() {
        articles.importText("Berrow council meets\nOne paragraph.", Duplicates.REFUSE);

        assertThat(articles.importText("Berrow school opens\nOne paragraph.", Duplicates.REFUSE).title()).isEqualTo("Berrow school opens");
    }

    @Test
    void the_same_title_on_another_day_is_a_new_article() {
        articles.importText("date 2026-02-12 Korvel market fire\nFire broke out.", Duplicates.REFUSE);

        Article next = articles.importText("date 2026-02-13 Korvel market fire\nThe market reopened.", Duplicates.REFUSE);

        assertThat(next.title()).isEqualTo("Korvel market fire");
    }

    @Test
    void the_editor_may_import_a_duplicate_as_a_new_article() {
        String text = "date 2026-02-14 Ostrel ferry resumes\nBoats sailed at dawn.";
        Article first = articles.importText(text, Duplicates.REFUSE);

        Article second = articles.importText(text, Duplicates.IMPORT_AS_NEW);

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.slug()).isNotEqualTo(first.slug());
    }
}

package org.transdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void slug_is_date_and_ascii_title() {
        assertThat(Slugs.of(LocalDate.of(2021, 4, 15), "ASEAN, Russia look to further deepen strategic partnership"))
                .isEqualTo("2021-04-15-asean-russia-look-to-further-deepen-strategic-partnership");
    }

    @Test
    void vietnamese_diacritics_are_folded() {
        assertThat(Slugs.of(null, "Đà Nẵng đón khách")).isEqualTo("da-nang-don-khach");
    }

    @Test
    void hostile_titles_cannot_leave_the_export_folder() {
        assertThat(Slugs.of(null, "../../etc/passwd")).isEqualTo("etc-passwd");
        assertThat(Slugs.of(null, "..\\..\\windows\\system32")).isEqualTo("windows-system32");
        assertThat(Slugs.of(null, "/")).isEqualTo("article");
    }

    @Test
    void reserved_device_names_are_not_used_as_folder_names() {
        assertThat(Slugs.of(null, "CON")).isEqualTo("con-article");
        assertThat(Slugs.of(null, "nul")).isEqualTo("nul-article");
    }

    @Test
    void titles_without_latin_letters_still_get_a_usable_slug() {
        assertThat(Slugs.of(null, "Новости дня")).isEqualTo("article");
        assertThat(Slugs.of(LocalDate.of(2020, 1, 2), "Новости")).isEqualTo("2020-01-02");
    }

    @Test
    void long_titles_are_cut_at_a_word_boundary_dash() {
        String slug = Slugs.of(null, "word ".repeat(40));

        assertThat(slug).hasSizeLessThanOrEqualTo(80).doesNotEndWith("-");
    }
}

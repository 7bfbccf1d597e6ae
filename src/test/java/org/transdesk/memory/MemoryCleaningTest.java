package org.transdesk.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.support.IntegrationTest;

/** Admins list and delete memory units that are not translations; nobody else can, and every deletion is audited. */
@IntegrationTest
@WithMockUser(username = "ada", roles = {"EDITOR", "REVIEWER", "ADMIN"})
class MemoryCleaningTest {

    static final String COPIED = "The ministry said exports of coffee fell by a tenth in the second quarter.";
    static final String ENGLISH_IN_RUSSIAN = "The government is expected to announce new measures on Friday morning.";

    @Autowired
    MemoryCleaning cleaning;
    @Autowired
    TranslationMemory memory;
    @Autowired
    JdbcClient jdbc;

    private long idOf(String source) {
        return jdbc.sql("select id from tm_unit where source_text = ?").param(source).query(Long.class).single();
    }

    @Test
    void an_admin_lists_units_that_are_not_translations_and_deletes_them_audited() {
        memory.addAll(List.of(
                new TranslationUnit("en", "ru", COPIED, COPIED, "paragraph", "approved ru v1 of article 90", 90L),
                new TranslationUnit("en", "ru", ENGLISH_IN_RUSSIAN, "officials will present the new plan to parliament later this week",
                        "paragraph", "TMX import vendor.tmx", null),
                new TranslationUnit("en", "vi", ENGLISH_IN_RUSSIAN, "Chính phủ dự kiến công bố các biện pháp mới vào sáng thứ Sáu.",
                        "paragraph", "approved vi v1 of article 90", 90L)));
        long copied = idOf(COPIED);
        long englishInRussian = jdbc.sql("select id from tm_unit where source_text = ? and target_lang = 'ru'").param(ENGLISH_IN_RUSSIAN)
                .query(Long.class).single();
        long good = jdbc.sql("select id from tm_unit where source_text = ? and target_lang = 'vi'").param(ENGLISH_IN_RUSSIAN)
                .query(Long.class).single();

        MemoryCleaning.Scan scan = cleaning.scan(10_000);

        assertThat(scan.suspects()).filteredOn(s -> List.of(copied, englishInRussian, good).contains(s.id()))
                .extracting(MemoryCleaning.Suspect::id, MemoryCleaning.Suspect::reason)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(copied, SkipReason.SAME_AS_SOURCE),
                        org.assertj.core.groups.Tuple.tuple(englishInRussian, SkipReason.WRONG_SCRIPT));
        assertThat(memory.fuzzy(COPIED, "en", "ru", 5)).isNotEmpty();

        // the good unit is not a suspect, so it is not deleted even when asked for
        assertThat(cleaning.delete(List.of(copied, englishInRussian, good))).isEqualTo(2);

        assertThat(memory.exact(COPIED, "en", "ru")).isEmpty();
        assertThat(memory.fuzzy(COPIED, "en", "ru", 5)).as("gone from the fuzzy index too").isEmpty();
        assertThat(memory.exact(ENGLISH_IN_RUSSIAN, "en", "vi")).isPresent();
        assertThat(jdbc.sql("select detail from audit_event where action = 'memory.cleaned' and actor = 'ada' order by id desc")
                .query(String.class).list()).first().asString()
                .contains("deleted 2 units", "same as the source=1", "not in the target language's script=1", Long.toString(copied));
    }

    @Test
    @WithMockUser(username = "rita", roles = {"EDITOR", "REVIEWER"})
    void a_reviewer_cannot_list_or_delete() {
        assertThatThrownBy(() -> cleaning.scan(10)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> cleaning.delete(List.of(1L))).isInstanceOf(AuthorizationDeniedException.class);
    }
}

package org.transdesk.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.transdesk.support.IntegrationTest;

/** Against the bundled sample glossary. */
@IntegrationTest
class GlossaryTest {

    @Autowired
    Glossary glossary;

    @Test
    void finds_whole_word_terms_longest_first() {
        var hits = glossary.find("Russia supports the ASEAN Community, and ASEAN welcomed it.", "en");

        assertThat(hits).extracting(h -> h.term().term()).containsExactly("Russia", "ASEAN Community", "ASEAN");
        assertThat(hits.get(2).start()).as("the lone ASEAN is the second mention").isEqualTo(41);
    }

    @Test
    void case_sensitive_acronyms_do_not_match_ordinary_words() {
        assertThat(glossary.find("The un-named source said", "en")).extracting(h -> h.term().term()).doesNotContain("UN");
        assertThat(glossary.find("at the UN on Monday", "en")).extracting(h -> h.term().term()).contains("UN");
    }

    @Test
    void inflected_forms_of_sample_terms_match() {
        assertThat(glossary.find("Russia's people-to-people exchange with an ASEAN member country", "en")).extracting(h -> h.term().term())
                .containsExactly("Russia", "people-to-people exchanges", "ASEAN member countries");
    }

    @Test
    void do_not_translate_terms_render_as_themselves() {
        var covid = glossary.all("en").stream().filter(t -> t.term().equals("COVID-19")).findFirst().orElseThrow();

        assertThat(covid.doNotTranslate()).isTrue();
        assertThat(covid.renderingIn("ru")).isEqualTo("COVID-19");
    }

    @Test
    void the_version_is_a_stable_content_hash() {
        assertThat(glossary.version("en")).startsWith("g-").isEqualTo(glossary.version("en"));
        assertThat(glossary.version("xx")).isNotEqualTo(glossary.version("en"));
    }
}

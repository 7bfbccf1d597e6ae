package org.transdesk.memory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.transdesk.memory.GlossaryHit;
import org.transdesk.memory.GlossaryTerm;

/** Glossary terms are found in any inflection, with the span of the inflected words, and nowhere else. */
class GlossaryMatcherTest {

    private static GlossaryTerm term(String lang, String text, boolean caseSensitive) {
        return new GlossaryTerm(0, lang, text, Map.of("vi", "x"), null, false, caseSensitive);
    }

    private static GlossaryTerm doNotTranslate(String lang, String text) {
        return new GlossaryTerm(0, lang, text, Map.of(), null, true, true);
    }

    /** Each hit as "term=matched text". */
    private static List<String> hits(GlossaryMatcher matcher, String text) {
        return matcher.find(text).stream().map(h -> h.term().term() + "=" + text.substring(h.start(), h.end())).toList();
    }

    @Nested
    class OtherSourceLanguages {

        @Test
        void a_french_source_is_stemmed_by_the_french_profile() {
            GlossaryMatcher glossary = GlossaryMatcher.of(List.of(term("fr", "accord commercial", false),
                    term("fr", "Nations unies", true)), "fr");

            assertThat(hits(glossary, "deux accords commerciaux et les Nations unies"))
                    .containsExactly("accord commercial=accords commerciaux", "Nations unies=Nations unies");
            assertThat(hits(glossary, "les nations unies")).isEmpty();
        }

        @Test
        void an_english_source_tag_with_a_region_is_english() {
            GlossaryMatcher glossary = GlossaryMatcher.of(List.of(term("en-GB", "strategic partnership", false)), "en-GB");

            assertThat(hits(glossary, "strategic partnerships")).containsExactly("strategic partnership=strategic partnerships");
        }
    }

    @Nested
    class English {

        final GlossaryMatcher glossary = GlossaryMatcher.of(List.of(
                term("en", "Russia", false),
                term("en", "strategic partnership", false),
                term("en", "ASEAN member countries", false),
                term("en", "ASEAN-led mechanisms", false),
                term("en", "ASEAN Community", false),
                term("en", "ASEAN", true),
                term("en", "UN", true),
                term("en", "university", false),
                doNotTranslate("en", "COVID-19")), "en");

        @Test
        void plurals_and_possessives_match_with_the_span_of_the_inflected_words() {
            String text = "Russia's strategic partnerships in Asia";

            assertThat(hits(glossary, text)).containsExactly("Russia=Russia's", "strategic partnership=strategic partnerships");
            GlossaryHit partnership = glossary.find(text).get(1);
            assertThat(partnership.start()).isEqualTo(9);
            assertThat(partnership.end()).isEqualTo(text.length() - " in Asia".length());
        }

        @Test
        void multi_word_terms_match_in_the_singular_and_across_hyphens_and_line_breaks() {
            assertThat(hits(glossary, "every ASEAN member country and the ASEAN-led\nmechanism"))
                    .containsExactly("ASEAN member countries=ASEAN member country", "ASEAN-led mechanisms=ASEAN-led\nmechanism");
        }

        @Test
        void the_longest_term_wins_where_terms_overlap() {
            assertThat(hits(glossary, "two ASEAN Communities, one ASEAN"))
                    .containsExactly("ASEAN Community=ASEAN Communities", "ASEAN=ASEAN");
        }

        @Test
        void a_term_does_not_match_across_punctuation() {
            assertThat(hits(glossary, "It was strategic. Partnership came later.")).isEmpty();
        }

        @Test
        void acronyms_are_never_stemmed_and_keep_their_case() {
            assertThat(hits(glossary, "the union, the Union, the UNION and the un-named source")).isEmpty();
            assertThat(hits(glossary, "the UN's envoy and Asean")).containsExactly("UN=UN's");
        }

        @Test
        void do_not_translate_terms_match_as_written_only() {
            assertThat(hits(glossary, "COVID-19 vaccines, not covid-19")).containsExactly("COVID-19=COVID-19");
        }

        /** A demonym is its own term: translating "Russian" as «Россия» would be wrong. */
        @Test
        void a_derived_word_is_not_a_hit_for_its_root() {
            assertThat(hits(glossary, "Russian diplomats")).isEmpty();
            GlossaryMatcher withDemonym = GlossaryMatcher.of(List.of(term("en", "Russia", false), term("en", "Russian", false)), "en");
            assertThat(hits(withDemonym, "Two Russians in Russia")).containsExactly("Russian=Russians", "Russia=Russia");
        }

        /** Why the minimal stemmer and not Porter: Porter reduces both words to "univers". */
        @Test
        void words_that_only_share_a_root_stay_apart() {
            assertThat(hits(glossary, "the universe of universities"))
                    .containsExactly("university=universities");
        }
    }

    @Nested
    class Russian {

        final GlossaryMatcher glossary = GlossaryMatcher.of(List.of(
                term("ru", "Россия", false),
                term("ru", "стратегическое партнерство", false),
                term("ru", "Сообщество АСЕАН", false),
                term("ru", "АСЕАН", true),
                term("ru", "Кремль", true)), "ru");

        @Test
        void nouns_match_in_every_case_with_the_span_of_the_inflected_word() {
            String text = "Визит в Россию укрепил связи России с Азией.";

            assertThat(hits(glossary, text)).containsExactly("Россия=Россию", "Россия=России");
            assertThat(glossary.find(text).getFirst().start()).isEqualTo(text.indexOf("Россию"));
        }

        @Test
        void multi_word_terms_match_as_stem_sequences_even_with_yo() {
            assertThat(hits(glossary, "о стратегическом партнёрстве и стратегического партнерства"))
                    .containsExactly("стратегическое партнерство=стратегическом партнёрстве",
                            "стратегическое партнерство=стратегического партнерства");
            assertThat(hits(glossary, "в Сообществе АСЕАН")).containsExactly("Сообщество АСЕАН=Сообществе АСЕАН");
        }

        @Test
        void an_adjective_is_not_a_hit_for_its_noun() {
            assertThat(hits(glossary, "российский посол")).isEmpty();
        }

        @Test
        void case_sensitive_terms_are_inflected_but_keep_their_case() {
            assertThat(hits(glossary, "у стен Кремля, а не кремля")).containsExactly("Кремль=Кремля");
            assertThat(hits(glossary, "страны АСЕАН, не асеан")).containsExactly("АСЕАН=АСЕАН");
        }
    }
}

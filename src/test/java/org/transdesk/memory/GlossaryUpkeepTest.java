package org.transdesk.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Reviewers keep the glossary and memory: terms, CSV and TMX both ways, and refusals that store nothing. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:glossary-upkeep;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false"})
@WithMockUser(username = "rita", roles = {"EDITOR", "REVIEWER"})
class GlossaryUpkeepTest {

    @Autowired
    Glossary glossary;
    @Autowired
    TranslationMemory memory;

    /** After, not before: the editor's test may not delete, and creates nothing. */
    @AfterEach
    void emptyGlossary() {
        glossary.all("en").forEach(glossary::delete);
    }

    private static GlossaryTerm term(String text, String vi) {
        return new GlossaryTerm(0, "en", text, Map.of("vi", vi), null, false, false);
    }

    @Test
    void aReviewerCreatesEditsAndDeletesTerms() {
        GlossaryTerm created = glossary.save(term("Mekong Delta", "Đồng bằng sông Cửu Long"));
        GlossaryTerm edited = glossary.save(new GlossaryTerm(created.id(), "en", "Mekong Delta",
                Map.of("vi", "ĐBSCL", "ru", "дельта Меконга"), "abbreviation ok in headlines", false, true));

        assertThat(glossary.all("en")).containsExactly(edited);
        assertThat(edited.renderings()).containsEntry("ru", "дельта Меконга");
        assertThat(glossary.find("Rain in the Mekong Delta", "en")).hasSize(1);

        glossary.delete(edited);
        assertThat(glossary.all("en")).isEmpty();
    }

    /** find() caches the analysed glossary: an edit must show at once. */
    @Test
    void lookupsFollowEditsAtOnce() {
        GlossaryTerm partnership = glossary.save(term("strategic partnership", "quan hệ đối tác chiến lược"));
        assertThat(glossary.find("two strategic partnerships", "en")).extracting(h -> h.term().note()).containsExactly((String) null);

        glossary.save(new GlossaryTerm(partnership.id(), "en", "strategic partnership", partnership.renderings(), "since 2018", false, false));
        assertThat(glossary.find("two strategic partnerships", "en")).extracting(h -> h.term().note()).containsExactly("since 2018");

        glossary.delete(partnership);
        assertThat(glossary.find("two strategic partnerships", "en")).isEmpty();
    }

    @Test
    void duplicatesEmptyTermsAndMissingRenderingsAreRefused() {
        glossary.save(term("ASEAN", "ASEAN"));

        assertThatThrownBy(() -> glossary.save(term("asean", "Hiệp hội"))).isInstanceOf(GlossaryException.class).hasMessageContaining("already has");
        assertThatThrownBy(() -> glossary.save(term("  ", "x"))).isInstanceOf(GlossaryException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> glossary.save(new GlossaryTerm(0, "en", "Hanoi", Map.of(), null, false, false)))
                .isInstanceOf(GlossaryException.class).hasMessageContaining("at least one language");
        assertThat(glossary.all("en")).extracting(GlossaryTerm::term).containsExactly("ASEAN");
    }

    @Test
    @WithMockUser(username = "ed", roles = "EDITOR")
    void anEditorCannotChangeTheGlossaryOrMemory() {
        assertThatThrownBy(() -> glossary.save(term("Hanoi", "Hà Nội"))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> glossary.importCsv("term,vi\nHanoi,Hà Nội\n".getBytes(StandardCharsets.UTF_8), "en"))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> memory.importTmx(new byte[] {'<'}, "en", "x.tmx")).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void csvRoundTripsAndAnImportReplacesTermsWithTheSameText() {
        glossary.save(term("Hanoi", "Ha Noi (old)"));
        String csv = "term,ru,vi,note,do_not_translate,case_sensitive\n"
                + "Hanoi,Ханой,Hà Nội,,false,false\n"
                + "COVID-19,,,keep as is,true,true\n";

        assertThat(glossary.importCsv(csv.getBytes(StandardCharsets.UTF_8), "en")).isEqualTo(2);

        assertThat(glossary.exportCsv("en")).isEqualToNormalizingNewlines("""
                term,ru,vi,note,do_not_translate,case_sensitive
                COVID-19,,,keep as is,true,true
                Hanoi,Ханой,Hà Nội,,false,false
                """.replace("\n", "\r\n"));
    }

    @Test
    void tbxRoundTripsTermsRenderingsNotesAndFlags() {
        glossary.save(new GlossaryTerm(0, "en", "Mekong Delta", Map.of("vi", "Đồng bằng sông Cửu Long", "ru", "дельта Меконга"),
                "region & river", false, true));
        glossary.save(new GlossaryTerm(0, "en", "COVID-19", Map.of(), null, true, true));
        List<GlossaryTerm> before = glossary.all("en");
        byte[] tbx = glossary.exportTbx("en");
        before.forEach(glossary::delete);

        assertThat(glossary.importTbx(tbx, "en")).isEqualTo(2);

        assertThat(glossary.all("en")).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id").isEqualTo(before);
        assertThat(new String(tbx, StandardCharsets.UTF_8)).contains("type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\"", "<langSec xml:lang=\"vi\">");
    }

    @Test
    void tbxV3WithRegionalTagsIsReadAndHostileTbxIsRefused() {
        String v3 = """
                <tbx type="TBX-Basic" style="dca" xml:lang="en-GB" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
                <conceptEntry id="c1"><langSec xml:lang="en-GB"><termSec><term>Hanoi</term></termSec></langSec>
                <langSec xml:lang="vi-VN"><termSec><term>Hà Nội</term></termSec></langSec></conceptEntry></body></text></tbx>""";
        assertThat(glossary.importTbx(v3.getBytes(StandardCharsets.UTF_8), "en")).isEqualTo(1);
        assertThat(glossary.all("en")).singleElement().satisfies(t -> assertThat(t.renderings()).containsEntry("vi", "Hà Nội"));

        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE martif [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<martif><text><body><termEntry><langSet xml:lang=\"en\"><tig><term>&e;</term></tig></langSet></termEntry></body></text></martif>";
        assertThatThrownBy(() -> glossary.importTbx(xxe.getBytes(StandardCharsets.UTF_8), "en")).isInstanceOf(GlossaryException.class);
        assertThatThrownBy(() -> glossary.importTbx("<html/>".getBytes(StandardCharsets.UTF_8), "en"))
                .isInstanceOf(GlossaryException.class).hasMessageContaining("not a TBX file");
        assertThat(glossary.all("en")).extracting(GlossaryTerm::term).containsExactly("Hanoi");
    }

    @Test
    void aBadCsvRowStoresNothing() {
        String csv = "term,vi\nHanoi,Hà Nội\nHue,\n";

        assertThatThrownBy(() -> glossary.importCsv(csv.getBytes(StandardCharsets.UTF_8), "en")).isInstanceOf(GlossaryException.class)
                .hasMessageContaining("\"Hue\" needs a rendering");
        assertThat(glossary.all("en")).isEmpty();
    }

    @Test
    void tmxImportsExportsAndAReimportOrAMalformedFileAddsNothing() {
        String tmx = """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header srclang="en" segtype="sentence" datatype="plaintext" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/>
                <body><tu><tuv xml:lang="en"><seg>Rice exports rose.</seg></tuv><tuv xml:lang="vi"><seg>Xuất khẩu gạo tăng.</seg></tuv>
                <tuv xml:lang="ru"><seg>Экспорт риса вырос.</seg></tuv></tu></body></tmx>""";
        long before = memory.size();

        assertThat(memory.importTmx(tmx.getBytes(StandardCharsets.UTF_8), "en", "rice.tmx")).isEqualTo(2);
        byte[] exported = memory.exportTmx("en");
        // importing the same pairs again adds nothing (the export's units are not newer)
        assertThat(memory.importTmx(exported, "en", "again.tmx")).isZero();
        assertThat(memory.importTmx(tmx.getBytes(StandardCharsets.UTF_8), "en", "rice.tmx")).isZero();
        assertThat(memory.fuzzy("Rice exports rose", "en", "ru", 5)).extracting(MemoryMatch::targetText)
                .containsOnly("Экспорт риса вырос.");

        long after = memory.size();
        assertThatThrownBy(() -> memory.importTmx("<tmx><body><tu>".getBytes(StandardCharsets.UTF_8), "en", "broken.tmx"))
                .isInstanceOf(GlossaryException.class);
        assertThat(memory.size()).isEqualTo(after).isEqualTo(before + 2);
        assertThat(List.of(new String(exported, StandardCharsets.UTF_8))).allSatisfy(x -> assertThat(x).contains("<prop type=\"x-segment\">"));
    }
}

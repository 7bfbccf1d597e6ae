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
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.qa.QaChecks;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.Severity;
import org.transdesk.qa.TranslationUnderReview;
import org.transdesk.review.QaGlossary;

/** Glossary files as other tools write them: TBX v3 and 2008 merged per language, term standings, CSV dialects. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:glossary-upkeep;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false"})
@WithMockUser(username = "rita", roles = {"EDITOR", "REVIEWER"})
class GlossaryFormatsTest {

    @Autowired
    Glossary glossary;
    @Autowired
    QaGlossary qaGlossary;

    @AfterEach
    void emptyGlossary() {
        glossary.all("en").forEach(glossary::delete);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private GlossaryTerm only(String term) {
        return glossary.all("en").stream().filter(t -> t.term().equals(term)).findFirst().orElseThrow();
    }

    @Test
    void a_tbx_with_only_a_vietnamese_term_changes_only_vietnamese() {
        glossary.save(new GlossaryTerm(0, "en", "ASEAN", Map.of("vi", "ASEAN", "ru", "АСЕАН"), "acronym kept in vi", false, true));
        String onlyVietnamese = """
                <martif type="TBX-Basic" xml:lang="en"><text><body><termEntry>
                <langSet xml:lang="en"><tig><term>ASEAN</term></tig></langSet>
                <langSet xml:lang="vi-VN"><tig><term>Hiệp hội các quốc gia Đông Nam Á</term></tig></langSet>
                </termEntry></body></text></martif>""";

        assertThat(glossary.importTbx(utf8(onlyVietnamese), "en")).isEqualTo(1);

        GlossaryTerm asean = only("ASEAN");
        assertThat(asean.renderings()).containsEntry("vi", "Hiệp hội các quốc gia Đông Nam Á").containsEntry("ru", "АСЕАН");
        assertThat(asean.note()).isEqualTo("acronym kept in vi");
        assertThat(asean.caseSensitive()).isTrue();
    }

    @Test
    void deprecated_and_forbidden_terms_are_stored_as_such_and_reported_by_qa_when_used_not_required() {
        String tbx = """
                <martif type="TBX-Basic" xml:lang="en"><text><body><termEntry>
                <langSet xml:lang="en"><tig><term>strategic partnership</term></tig></langSet>
                <langSet xml:lang="ru">
                  <tig><term>стратегический альянс</term><termNote type="normativeAuthorization">forbidden</termNote></tig>
                  <tig><term>стратегическое сотрудничество</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
                  <tig><term>стратегическое партнёрство</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
                </langSet></termEntry></body></text></martif>""";

        glossary.importTbx(utf8(tbx), "en");

        GlossaryTerm term = only("strategic partnership");
        assertThat(term.renderings()).containsExactly(Map.entry("ru", "стратегическое партнёрство"));
        assertThat(term.variants()).extracting(GlossaryTerm.Variant::text, GlossaryTerm.Variant::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("стратегический альянс", TermStatus.FORBIDDEN),
                        org.assertj.core.groups.Tuple.tuple("стратегическое сотрудничество", TermStatus.DEPRECATED));
        QaChecks qa = new QaChecks();
        var entries = qaGlossary.entries("en");
        String source = "The two sides deepened their strategic partnership.";
        List<QaFinding> preferred = qa.checkTranslation(TranslationUnderReview.of("en", "ru", source,
                "Стороны углубили стратегическое партнёрство."), entries);
        List<QaFinding> deprecated = qa.checkTranslation(TranslationUnderReview.of("en", "ru", source,
                "Стороны углубили стратегическое партнёрство и стратегическое сотрудничество."), entries);
        List<QaFinding> forbidden = qa.checkTranslation(TranslationUnderReview.of("en", "ru", source,
                "Стороны углубили стратегическое партнёрство, а не стратегический альянс."), entries);

        assertThat(preferred).filteredOn(f -> f.check().equals("glossary")).as("the preferred term is what QA requires").isEmpty();
        assertThat(deprecated).filteredOn(f -> f.check().equals("glossary")).extracting(QaFinding::severity, QaFinding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.WARNING,
                        "Glossary: “стратегическое сотрудничество” is a deprecated term for “strategic partnership”; use “стратегическое партнёрство”."));
        assertThat(forbidden).filteredOn(f -> f.check().equals("glossary")).extracting(QaFinding::severity).containsExactly(Severity.ERROR);
    }

    @Test
    void the_tbx_v3_export_is_valid_tbx_basic_and_reads_back_whole() throws Exception {
        glossary.save(new GlossaryTerm(0, "en", "Mekong Delta", Map.of("vi", "Đồng bằng sông Cửu Long", "ru", "дельта Меконга"),
                "region & river", false, true, List.of(new GlossaryTerm.Variant("ru", "Меконгская дельта", TermStatus.DEPRECATED),
                new GlossaryTerm.Variant("vi", "ĐBSCL", TermStatus.ADMITTED))));
        glossary.save(new GlossaryTerm(0, "en", "COVID-19", Map.of(), null, true, true,
                List.of(new GlossaryTerm.Variant("ru", "ковид", TermStatus.FORBIDDEN))));
        List<GlossaryTerm> before = glossary.all("en");
        byte[] tbx = glossary.exportTbx("en");

        List<String> core = SchemaValidators.tbxCore(tbx);
        List<String> dialect = SchemaValidators.tbxBasicSchematron(tbx);
        System.out.println("TBX v3 export, core structure (RELAX NG, Jing): " + (core.isEmpty() ? "valid" : core));
        System.out.println("TBX v3 export, TBX-Basic DCA (Schematron, SchXslt + Saxon): " + (dialect.isEmpty() ? "valid" : dialect));
        assertThat(core).isEmpty();
        assertThat(dialect).isEmpty();
        assertThat(new String(tbx, StandardCharsets.UTF_8)).contains("<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\" type=\"TBX-Basic\" style=\"dca\"",
                "<termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>");

        before.forEach(glossary::delete);
        assertThat(glossary.importTbx(tbx, "en")).isEqualTo(2);
        assertThat(glossary.all("en")).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id").isEqualTo(before);
    }

    @Test
    void the_schema_validators_can_fail() throws Exception {
        byte[] broken = utf8("""
                <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
                <text><body><conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>x</term>
                <termNote type="administrativeStatus">approvedTerm</termNote></termSec></langSec></conceptEntry>
                <conceptEntry><langSec xml:lang="en"/></conceptEntry></body></text></tbx>""");

        assertThat(SchemaValidators.tbxCore(broken)).isNotEmpty();
        assertThat(SchemaValidators.tbxBasicSchematron(broken)).anySatisfy(p -> assertThat(p).contains("administrativeStatus"));
    }

    @Test
    void a_csv_with_semicolons_and_yes_no_flags_is_read_and_merged_per_column() {
        glossary.save(new GlossaryTerm(0, "en", "Hanoi", Map.of("vi", "Hà Nội", "ru", "Ханой"), "capital", false, false));
        String excel = "term;vi;do_not_translate;case_sensitive\nHanoi;Thủ đô Hà Nội;no;yes\nVNA;;yes;1\n\"Ho Chi Minh City; HCMC\";TP. HCM;0;no\n";

        assertThat(glossary.importCsv(utf8(excel), "en")).isEqualTo(3);

        GlossaryTerm hanoi = only("Hanoi");
        assertThat(hanoi.renderings()).containsEntry("vi", "Thủ đô Hà Nội").containsEntry("ru", "Ханой");
        assertThat(hanoi.note()).isEqualTo("capital");
        assertThat(hanoi.caseSensitive()).isTrue();
        assertThat(only("VNA").doNotTranslate()).isTrue();
        assertThat(only("Ho Chi Minh City; HCMC").renderings()).containsEntry("vi", "TP. HCM");
    }

    @Test
    void an_unbalanced_quote_or_a_bad_flag_is_refused_with_its_line_and_nothing_is_stored() {
        assertThatThrownBy(() -> glossary.importCsv(utf8("term,vi\nHanoi,Hà Nội\nHue,\"Huế\nDanang,Đà Nẵng\n"), "en"))
                .isInstanceOf(GlossaryException.class).hasMessageContaining("line 3").hasMessageContaining("never closed");
        assertThatThrownBy(() -> glossary.importCsv(utf8("term,vi,do_not_translate\nHanoi,Hà Nội,maybe\n"), "en"))
                .isInstanceOf(GlossaryException.class).hasMessageContaining("line 2").hasMessageContaining("do_not_translate must be yes/no");
        assertThat(glossary.all("en")).isEmpty();
    }

    @Test
    void the_csv_export_neutralises_formula_cells_and_offers_a_byte_order_mark_for_excel() {
        glossary.save(new GlossaryTerm(0, "en", "=HYPERLINK(\"http://evil.example\",\"click\")", Map.of("vi", "+cmd|' /C calc'!A0"), "@SUM(1+1)",
                false, false));
        glossary.save(new GlossaryTerm(0, "en", "-ism", Map.of("vi", "chủ nghĩa"), null, false, false));

        String csv = glossary.exportCsv("en", false);
        String excel = glossary.exportCsv("en", true);

        assertThat(csv).doesNotStartWith("\uFEFF").contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"", "'+cmd|", "'@SUM(1+1)", "'-ism");
        assertThat(csv.lines()).noneMatch(line -> line.matches("^[=+\\-@].*") || line.matches(".*,[=+\\-@].*"));
        assertThat(excel).startsWith("\uFEFFterm,");
        // our own export reads back as it was written
        List<GlossaryTerm> before = glossary.all("en");
        before.forEach(glossary::delete);
        glossary.importCsv(utf8(excel), "en");
        assertThat(glossary.all("en")).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id").isEqualTo(before);
    }

    @Test
    void searching_takes_wildcards_literally() {
        glossary.save(new GlossaryTerm(0, "en", "GDP growth 5%", Map.of("vi", "tăng trưởng GDP 5%"), null, false, false));
        glossary.save(new GlossaryTerm(0, "en", "Hanoi", Map.of("vi", "Hà Nội"), null, false, false));
        glossary.save(new GlossaryTerm(0, "en", "web_site", Map.of("vi", "trang web"), null, false, false));

        assertThat(glossary.search("%", "en", 10)).extracting(GlossaryTerm::term).containsExactly("GDP growth 5%");
        assertThat(glossary.search("_", "en", 10)).extracting(GlossaryTerm::term).containsExactly("web_site");
        assertThat(glossary.search("hà nội", "en", 10)).extracting(GlossaryTerm::term).containsExactly("Hanoi");
    }

    @Test
    void free_text_from_files_is_cleaned_of_control_characters() {
        glossary.importCsv(utf8("term,vi,note\nHa\u0000noi,Hà\u0007 Nội,old\u001b note\n"), "en");

        assertThat(only("Hanoi").renderings()).containsEntry("vi", "Hà Nội");
        assertThat(only("Hanoi").note()).isEqualTo("old note");
    }
}

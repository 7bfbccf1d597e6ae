package org.transdesk.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** A vendor's TMX keeps what it says: props, notes, dates, users, language variants; importing it twice adds nothing. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:glossary-upkeep;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false"})
@WithMockUser(username = "rita", roles = {"EDITOR", "REVIEWER"})
class TmxFidelityTest {

    static final String VENDOR = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="SDL" creationtoolversion="16" segtype="sentence" o-tmf="sdlxliff" adminlang="en-US" srclang="en-GB" datatype="plaintext"/>
            <body>
            <tu tuid="17" creationdate="20240105T101500Z" creationid="VENDOR\\anna" changedate="20240210T080000Z" changeid="VENDOR\\boris">
              <note>checked by the client</note>
              <prop type="x-Client">Acme News</prop>
              <tuv xml:lang="en-GB"><seg>The harbour reopened after the storm.</seg></tuv>
              <tuv xml:lang="pt-BR"><prop type="x-Domain">news</prop><seg>O porto reabriu depois da tempestade.</seg></tuv>
              <tuv xml:lang="pt-PT"><note>European spelling</note><seg>O porto reabriu após a tempestade.</seg></tuv>
            </tu>
            <tu><tuv xml:lang="en-GB"><seg>Click <bpt i="1">&lt;b&gt;</bpt>here<ept i="1">&lt;/b&gt;</ept> to subscribe.</seg></tuv>
                <tuv xml:lang="vi-VN"><seg>Nhấn <bpt i="1">&lt;b&gt;</bpt>vào đây<ept i="1">&lt;/b&gt;</ept> để đăng ký.</seg></tuv></tu>
            </body></tmx>""";

    @Autowired
    TranslationMemory memory;
    @Autowired
    JdbcClient jdbc;

    @Test
    void props_notes_dates_users_and_language_variants_are_kept_and_exported_valid_tmx() throws Exception {
        byte[] file = VENDOR.getBytes(StandardCharsets.UTF_8);

        TranslationMemory.MemoryImport first = memory.importTmxFile(file, "en", "vendor.tmx");
        TranslationMemory.MemoryImport again = memory.importTmxFile(file, "en", "vendor.tmx");

        assertThat(first.added()).isEqualTo(3);
        assertThat(again).isEqualTo(new TranslationMemory.MemoryImport(0, 0, 3));
        // variants kept as written, matched by language
        assertThat(jdbc.sql("select target_lang from tm_unit where source_text = 'The harbour reopened after the storm.' order by target_lang")
                .query(String.class).list()).containsExactly("pt-BR", "pt-PT");
        assertThat(memory.exact("The harbour reopened after the storm.", "en", "pt")).isPresent();
        assertThat(memory.exact("The harbour reopened after the storm.", "en", "pt-PT")).get()
                .extracting(MemoryMatch::targetText).isEqualTo("O porto reabriu após a tempestade.");
        assertThat(memory.fuzzy("The harbour reopened after the big storm.", "en", "pt", 5)).hasSize(2);
        // inline codes are markup, not text
        assertThat(memory.exact("Click here to subscribe.", "en", "vi")).get()
                .extracting(MemoryMatch::targetText).isEqualTo("Nhấn vào đây để đăng ký.");

        String exported = new String(memory.exportTmx("en"), StandardCharsets.UTF_8);
        List<String> problems = SchemaValidators.tmx14(exported.getBytes(StandardCharsets.UTF_8));
        System.out.println("TMX export against the TMX 1.4b DTD: " + (problems.isEmpty() ? "valid" : problems));
        assertThat(problems).isEmpty();
        assertThat(exported).contains("creationdate=\"20240105T101500Z\" creationid=\"VENDOR\\anna\" changedate=\"20240210T080000Z\" changeid=\"VENDOR\\boris\"",
                "<note>checked by the client</note>", "<prop type=\"x-Client\">Acme News</prop>", "<prop type=\"x-Domain\">news</prop>",
                "<note>European spelling</note>", "xml:lang=\"pt-BR\"", "xml:lang=\"en-GB\"");
    }

    @Test
    void a_newer_copy_of_a_unit_updates_it_and_an_older_one_is_skipped() {
        String unit = """
                <tmx version="1.4"><header srclang="en" segtype="sentence" datatype="plaintext" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/>
                <body><tu changedate="%s" changeid="%s"><note>%s</note><tuv xml:lang="en"><seg>Fishing boats returned to port.</seg></tuv>
                <tuv xml:lang="ru"><seg>Рыболовецкие суда вернулись в порт.</seg></tuv></tu></body></tmx>""";

        memory.importTmxFile(unit.formatted("20250101T000000Z", "first", "v1").getBytes(StandardCharsets.UTF_8), "en", "a.tmx");
        var newer = memory.importTmxFile(unit.formatted("20250301T000000Z", "second", "v2").getBytes(StandardCharsets.UTF_8), "en", "b.tmx");
        var older = memory.importTmxFile(unit.formatted("20240101T000000Z", "third", "v0").getBytes(StandardCharsets.UTF_8), "en", "c.tmx");

        assertThat(newer).isEqualTo(new TranslationMemory.MemoryImport(0, 1, 0));
        assertThat(older).isEqualTo(new TranslationMemory.MemoryImport(0, 0, 1));
        assertThat(jdbc.sql("select changed_by from tm_unit where source_text = 'Fishing boats returned to port.'").query(String.class).single())
                .isEqualTo("second");
        assertThat(new String(memory.exportTmx("en"), StandardCharsets.UTF_8)).contains("<note>v2</note>").doesNotContain("<note>v1</note>");
    }

    @Test
    void a_concordance_search_takes_wildcards_literally() {
        memory.importTmxFile("""
                <tmx version="1.4"><header srclang="en" segtype="sentence" datatype="plaintext" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/>
                <body><tu><tuv xml:lang="en"><seg>Inflation reached 4.5% in May.</seg></tuv><tuv xml:lang="vi"><seg>Lạm phát đạt 4,5% trong tháng Năm.</seg></tuv></tu>
                <tu><tuv xml:lang="en"><seg>Exports grew steadily.</seg></tuv><tuv xml:lang="vi"><seg>Xuất khẩu tăng đều.</seg></tuv></tu></body></tmx>"""
                .getBytes(StandardCharsets.UTF_8), "en", "search.tmx");

        assertThat(memory.search("%", "en", 50)).extracting(TranslationUnit::sourceText).containsExactly("Inflation reached 4.5% in May.");
        assertThat(memory.search("tăng đều", "en", 50)).extracting(TranslationUnit::sourceText).containsExactly("Exports grew steadily.");
    }
}

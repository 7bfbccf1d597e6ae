package org.transdesk.export.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.transdesk.export.ExportException;

class XliffReaderTest {

    private static XliffFile read(String xml) {
        return XliffReader.read(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void xliff_2_joins_segments_and_ignorables_of_a_unit_and_skips_module_matches() {
        XliffFile file = read("""
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0"
                       version="2.1" srcLang="en" trgLang="vi-VN">
                 <file id="f1" original="story">
                  <group id="g1"><unit id="s1">
                   <mtc:matches><mtc:match ref="#1"><source>Old source.</source><target>Bản dịch cũ.</target></mtc:match></mtc:matches>
                   <notes><note category="comment">Check the name.</note></notes>
                   <segment id="1" state="reviewed"><source>First.</source><target>Thứ nhất.</target></segment>
                   <ignorable><source> </source></ignorable>
                   <segment id="2" state="translated"><source>Second.</source><target>Thứ hai.</target></segment>
                  </unit></group>
                 </file>
                </xliff>""");

        assertThat(file.xliffVersion()).isEqualTo("2.1");
        assertThat(file.targetLang()).isEqualTo("vi-VN");
        assertThat(file.original()).isEqualTo("story");
        assertThat(file.units()).singleElement().satisfies(u -> {
            assertThat(u.source()).isEqualTo("First. Second.");
            assertThat(u.target()).isEqualTo("Thứ nhất. Thứ hai.");
            assertThat(u.state()).isEqualTo("translated");
            assertThat(u.notes()).containsExactly("Check the name.");
        });
    }

    @Test
    void a_unit_with_an_untranslated_segment_has_no_target() {
        XliffFile file = read("""
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ru"><file id="f">
                <unit id="s1"><segment><source>A.</source><target>А.</target></segment><segment><source>B.</source></segment></unit>
                </file></xliff>""");

        assertThat(file.units().getFirst().target()).isNull();
    }

    @Test
    void xliff_1_2_reads_trans_units_in_groups_skipping_alt_trans_and_seg_source() {
        XliffFile file = read("""
                <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
                 <file original="story.txt" source-language="en-US" target-language="ru-RU" datatype="plaintext">
                  <header><note>Header note.</note></header>
                  <body><group id="g"><trans-unit id="s0">
                   <source>Headline</source>
                   <seg-source><mrk mtype="seg" mid="1">Headline</mrk></seg-source>
                   <target state="signed-off"><mrk mtype="seg" mid="1">Заголовок</mrk></target>
                   <alt-trans><source>Headline</source><target>Неверно</target></alt-trans>
                   <note>Reviewer note.</note>
                  </trans-unit></group>
                  <trans-unit id="s1"><source>Body.</source></trans-unit></body>
                 </file>
                </xliff>""");

        assertThat(file.xliffVersion()).isEqualTo("1.2");
        assertThat(file.sourceLang()).isEqualTo("en-US");
        assertThat(file.targetLang()).isEqualTo("ru-RU");
        assertThat(file.units()).hasSize(2);
        assertThat(file.units().getFirst()).satisfies(u -> {
            assertThat(u.target()).isEqualTo("Заголовок");
            assertThat(u.state()).isEqualTo("reviewed");
            assertThat(u.notes()).containsExactly("Reviewer note.");
        });
        assertThat(file.units().get(1).target()).isNull();
    }

    @Test
    void code_points_written_as_cp_are_read_back() {
        XliffFile file = read("""
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ru"><file id="f">
                <unit id="s1"><segment><source>A<cp hex="00A0"/>B</source><target>А</target></segment></unit></file></xliff>""");

        assertThat(file.units().getFirst().source()).isEqualTo("A\u00A0B");
    }

    @Test
    void repeated_ids_and_several_files_are_refused() {
        assertThatThrownBy(() -> read("""
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0"><file id="f">
                <unit id="s1"><segment><source>A</source></segment></unit><unit id="s1"><segment><source>B</source></segment></unit>
                </file></xliff>""")).isInstanceOf(ExportException.class).hasMessageContaining("'s1' appears twice");
        assertThatThrownBy(() -> read("""
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0"><file id="f"/><file id="g"/></xliff>"""))
                .isInstanceOf(ExportException.class).hasMessageContaining("more than one <file>");
    }
}

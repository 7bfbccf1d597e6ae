package org.transdesk.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue #12, inline codes in the memory: a TMX unit's {@code <bpt>}/{@code <ept>}/{@code <ph>} are kept
 * as placeholders (before, they were dropped and the formatting was lost), exported back as TMX codes
 * valid against the TMX 1.4b DTD, and matching ignores them while what a match offers stays
 * consistent with the text looked up.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:tmx-inline;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false"})
@WithMockUser(username = "rita", roles = {"EDITOR", "REVIEWER"})
class TmxInlineCodesTest {

    static final String TMX = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="X" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="html"/>
            <body>
            <tu><tuv xml:lang="en"><seg>Press <bpt i="1" x="1">&lt;b&gt;</bpt>subscribe<ept i="1">&lt;/b&gt;</ept> now.<ph x="2">&lt;br&gt;</ph>Thanks ⟦9⟧.</seg></tuv>
                <tuv xml:lang="vi"><seg>Nhấn <bpt i="7" x="1">&lt;b&gt;</bpt>đăng ký<ept i="7">&lt;/b&gt;</ept> ngay.<ph x="2">&lt;br&gt;</ph>Cảm ơn ⟦9⟧.</seg></tuv></tu>
            <tu><tuv xml:lang="en"><seg>The <bpt i="1">&lt;i&gt;</bpt>port<ept i="1">&lt;/i&gt;</ept> reopened.</seg></tuv>
                <tuv xml:lang="vi"><seg>Cảng đã mở cửa lại.</seg></tuv></tu>
            </body></tmx>""";

    @Autowired
    TranslationMemory memory;

    @Test
    void tmx_codes_are_kept_as_placeholders_matched_on_words_and_exported_as_tmx_codes() throws Exception {
        memory.importTmxFile(TMX.getBytes(StandardCharsets.UTF_8), "en", "codes.tmx");

        // the codes survive the import, numbered by x; brackets in the words stay words
        assertThat(memory.exact("Press ⟦1⟧subscribe⟦/1⟧ now.⟦2/⟧Thanks 〚9〛.", "en", "vi")).get()
                .extracting(MemoryMatch::targetText).isEqualTo("Nhấn ⟦1⟧đăng ký⟦/1⟧ ngay.⟦2/⟧Cảm ơn 〚9〛.");
        // a plain query finds the same pair and is offered words only
        assertThat(memory.exact("Press subscribe now.Thanks 〚9〛.", "en", "vi")).get()
                .extracting(MemoryMatch::targetText).isEqualTo("Nhấn đăng ký ngay.Cảm ơn 〚9〛.");
        // a target that lost the source's code: the pair is kept as words on both sides
        assertThat(memory.exact("The port reopened.", "en", "vi")).get()
                .satisfies(m -> assertThat(m.sourceText()).isEqualTo("The port reopened."))
                .extracting(MemoryMatch::targetText).isEqualTo("Cảng đã mở cửa lại.");
        assertThat(memory.fuzzy("Press ⟦1⟧subscribe⟦/1⟧ today.⟦2/⟧Thanks 〚9〛.", "en", "vi", 1)).singleElement()
                .extracting(MemoryMatch::targetText).isEqualTo("Nhấn ⟦1⟧đăng ký⟦/1⟧ ngay.⟦2/⟧Cảm ơn 〚9〛.");

        byte[] exported = memory.exportTmx("en");
        String xml = new String(exported, StandardCharsets.UTF_8);

        assertThat(SchemaValidators.tmx14(exported)).isEmpty();
        assertThat(xml).contains("<seg>Nhấn <bpt i=\"1\" x=\"1\"/>đăng ký<ept i=\"1\"/> ngay.<ph x=\"2\"/>Cảm ơn 〚9〛.</seg>");
        // and what was exported reads back to the same pair: importing it again adds nothing
        assertThat(memory.importTmxFile(exported, "en", "again.tmx").added()).isZero();
    }
}
